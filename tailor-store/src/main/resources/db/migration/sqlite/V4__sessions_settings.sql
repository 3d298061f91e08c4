-- Dashboard sessions that survive a restart, and the shop's settings made in the dashboard.

CREATE TABLE dashboard_sessions (
  id_hash        TEXT    NOT NULL PRIMARY KEY,    -- lowercase hex SHA-256 of the cookie's id
  username       TEXT    NOT NULL,
  created_at     INTEGER NOT NULL,                -- epoch microseconds
  expires_at     INTEGER NOT NULL
) STRICT;

CREATE INDEX dashboard_sessions_expiry ON dashboard_sessions (expires_at);

CREATE TABLE shop_settings (
  name           TEXT    NOT NULL PRIMARY KEY,    -- sender_name, sender_address, reply_to, ...
  value          TEXT    NOT NULL,
  updated_at     INTEGER NOT NULL
) STRICT;
