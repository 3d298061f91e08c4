-- Who may use the HTTP API and the dashboard. Only hashes are stored.

CREATE TABLE api_keys (
  id             TEXT    NOT NULL PRIMARY KEY,    -- the key's first characters, e.g. tk_pub_Ab3dE6gH
  kind           TEXT    NOT NULL,                -- public | private
  hash           TEXT    NOT NULL UNIQUE,         -- lowercase hex SHA-256 of the whole key
  label          TEXT    NOT NULL DEFAULT '',
  created_at     INTEGER NOT NULL,                -- epoch microseconds
  revoked_at     INTEGER
) STRICT;

CREATE TABLE dashboard_users (
  username       TEXT    NOT NULL PRIMARY KEY,
  password_hash  TEXT    NOT NULL,                -- pbkdf2-sha256$iterations$salt$hash
  created_at     INTEGER NOT NULL
) STRICT;
