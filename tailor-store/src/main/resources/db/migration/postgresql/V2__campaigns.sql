-- Campaigns, their message records and the suppression list, PostgreSQL dialect. Times are
-- microseconds since the epoch, as in V1; ids use the "C" collation.

CREATE TABLE campaigns (
  id             TEXT COLLATE "C" NOT NULL PRIMARY KEY,  -- the campaign key
  name           TEXT    NOT NULL,
  status         TEXT    NOT NULL,                -- planning | sending | done | failed
  holdout_share  DOUBLE PRECISION NOT NULL,
  spec           TEXT    NOT NULL,                -- the campaign file as given (YAML)
  source         TEXT    NOT NULL,                -- where the file was read from
  created_at     BIGINT  NOT NULL,
  updated_at     BIGINT  NOT NULL,
  lease_token    TEXT,                            -- the runner delivering it, if any
  lease_at       BIGINT                           -- when that runner last renewed its lease
);

CREATE TABLE campaign_variants (
  campaign_id    TEXT COLLATE "C" NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  name           TEXT    NOT NULL,
  weight         DOUBLE PRECISION NOT NULL,
  strategy       TEXT    NOT NULL,
  template       TEXT    NOT NULL,
  subjects       TEXT    NOT NULL DEFAULT '[]',   -- JSON array of subject lines
  PRIMARY KEY (campaign_id, position)
);

CREATE TABLE messages (
  id             TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  campaign_id    TEXT COLLATE "C" NOT NULL,
  customer_id    TEXT COLLATE "C" NOT NULL,
  variant        TEXT    NOT NULL,
  holdout        BOOLEAN NOT NULL,
  state          TEXT    NOT NULL,                -- planned | rendered | sending | sent | ...
  send_at        BIGINT  NOT NULL,
  decision       TEXT,                            -- the decision as JSON
  subject        TEXT,
  transport_id   TEXT,
  detail         TEXT,
  created_at     BIGINT  NOT NULL,
  updated_at     BIGINT  NOT NULL,
  sent_at        BIGINT,
  UNIQUE (campaign_id, customer_id)
);

CREATE INDEX messages_campaign_state ON messages (campaign_id, state, id);
CREATE INDEX messages_customer_sent  ON messages (customer_id, sent_at) WHERE sent_at IS NOT NULL;

CREATE TABLE suppressions (
  customer_id    TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  reason         TEXT    NOT NULL,                -- unsubscribed | hard_bounce | complaint | erased
  created_at     BIGINT  NOT NULL,
  detail         TEXT    NOT NULL DEFAULT ''
);
