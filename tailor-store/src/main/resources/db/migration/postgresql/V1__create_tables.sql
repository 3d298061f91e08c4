-- Tailor schema, PostgreSQL dialect. Timestamps are microseconds since the epoch (BIGINT), as on
-- SQLite; lists and custom attributes are JSON text (castable to jsonb). Ids use the "C" collation
-- so that they sort by code point, like SQLite and the in-memory store.

CREATE TABLE customers (
  id             TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  email          TEXT,
  first_name     TEXT,
  last_name      TEXT,
  timezone       TEXT,
  country        TEXT,
  consent_status TEXT    NOT NULL,                -- subscribed | unsubscribed | never
  consent_at     BIGINT,
  created_at     BIGINT,
  attributes     TEXT    NOT NULL DEFAULT '{}'    -- JSON object of strings
);

CREATE INDEX customers_consent ON customers (consent_status);

CREATE TABLE products (
  id             TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  title          TEXT,
  category       TEXT    NOT NULL DEFAULT '[]',   -- JSON array of levels from the root
  brand          TEXT,
  price          NUMERIC,                         -- keeps the scale: 19.90 stays 19.90
  currency       TEXT,
  inventory      INTEGER,
  margin         DOUBLE PRECISION,
  url            TEXT,
  image_url      TEXT,
  tags           TEXT    NOT NULL DEFAULT '[]',   -- JSON array
  available_from BIGINT,
  available_to   BIGINT,
  published      BOOLEAN NOT NULL,
  created_at     BIGINT,
  attributes     TEXT    NOT NULL DEFAULT '{}'    -- JSON object of strings
);

-- seq orders events appended at the same timestamp.
CREATE TABLE events (
  seq            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id       TEXT COLLATE "C" NOT NULL UNIQUE,
  type           TEXT    NOT NULL,                -- interchange name, e.g. order_completed
  ts             BIGINT  NOT NULL,
  customer_id    TEXT COLLATE "C",
  anonymous_id   TEXT COLLATE "C",
  product_id     TEXT COLLATE "C",
  quantity       INTEGER NOT NULL,
  price          NUMERIC,
  order_id       TEXT,
  campaign_id    TEXT,
  message_id     TEXT
);

CREATE INDEX events_ts          ON events (ts, seq);
CREATE INDEX events_customer_ts ON events (customer_id, ts) WHERE customer_id IS NOT NULL;
CREATE INDEX events_product_ts  ON events (product_id, ts)  WHERE product_id IS NOT NULL;
CREATE INDEX events_anonymous   ON events (anonymous_id)    WHERE anonymous_id IS NOT NULL;

CREATE TABLE identities (
  anonymous_id   TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  customer_id    TEXT COLLATE "C" NOT NULL,
  linked_at      BIGINT  NOT NULL
);

CREATE INDEX identities_customer ON identities (customer_id);
