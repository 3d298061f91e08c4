-- Tailor schema, SQLite dialect. Timestamps are microseconds since the epoch (INTEGER); prices
-- are decimal TEXT so that a BigDecimal keeps its scale; lists and custom attributes are JSON text.
-- STRICT tables refuse values of the wrong type instead of converting them.

CREATE TABLE customers (
  id             TEXT    NOT NULL PRIMARY KEY,
  email          TEXT,
  first_name     TEXT,
  last_name      TEXT,
  timezone       TEXT,
  country        TEXT,
  consent_status TEXT    NOT NULL,                -- subscribed | unsubscribed | never
  consent_at     INTEGER,
  created_at     INTEGER,
  attributes     TEXT    NOT NULL DEFAULT '{}'    -- JSON object of strings
) STRICT;

CREATE INDEX customers_consent ON customers (consent_status);

CREATE TABLE products (
  id             TEXT    NOT NULL PRIMARY KEY,
  title          TEXT,
  category       TEXT    NOT NULL DEFAULT '[]',   -- JSON array of levels from the root
  brand          TEXT,
  price          TEXT,                            -- decimal text, scale kept
  currency       TEXT,
  inventory      INTEGER,
  margin         REAL,
  url            TEXT,
  image_url      TEXT,
  tags           TEXT    NOT NULL DEFAULT '[]',   -- JSON array
  available_from INTEGER,
  available_to   INTEGER,
  published      INTEGER NOT NULL,                -- 0 or 1
  created_at     INTEGER,
  attributes     TEXT    NOT NULL DEFAULT '{}'    -- JSON object of strings
) STRICT;

-- seq is the rowid: it orders events appended at the same timestamp.
CREATE TABLE events (
  seq            INTEGER PRIMARY KEY,
  event_id       TEXT    NOT NULL UNIQUE,
  type           TEXT    NOT NULL,                -- interchange name, e.g. order_completed
  ts             INTEGER NOT NULL,
  customer_id    TEXT,
  anonymous_id   TEXT,
  product_id     TEXT,
  quantity       INTEGER NOT NULL,
  price          TEXT,
  order_id       TEXT,
  campaign_id    TEXT,
  message_id     TEXT
) STRICT;

CREATE INDEX events_ts          ON events (ts);
CREATE INDEX events_customer_ts ON events (customer_id, ts) WHERE customer_id IS NOT NULL;
CREATE INDEX events_product_ts  ON events (product_id, ts)  WHERE product_id IS NOT NULL;
CREATE INDEX events_anonymous   ON events (anonymous_id)    WHERE anonymous_id IS NOT NULL;

CREATE TABLE identities (
  anonymous_id   TEXT    NOT NULL PRIMARY KEY,
  customer_id    TEXT    NOT NULL,
  linked_at      INTEGER NOT NULL
) STRICT;

CREATE INDEX identities_customer ON identities (customer_id);
