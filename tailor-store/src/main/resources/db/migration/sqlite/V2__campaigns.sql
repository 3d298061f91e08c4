-- Campaigns, their message records and the suppression list, SQLite dialect. Times are
-- microseconds since the epoch, as in V1.

CREATE TABLE campaigns (
  id             TEXT    NOT NULL PRIMARY KEY,    -- the campaign key
  name           TEXT    NOT NULL,
  status         TEXT    NOT NULL,                -- planning | sending | done | failed
  holdout_share  REAL    NOT NULL,
  spec           TEXT    NOT NULL,                -- the campaign file as given (YAML)
  source         TEXT    NOT NULL,                -- where the file was read from
  created_at     INTEGER NOT NULL,
  updated_at     INTEGER NOT NULL,
  lease_token    TEXT,                            -- the runner delivering it, if any
  lease_at       INTEGER                          -- when that runner last renewed its lease
) STRICT;

CREATE TABLE campaign_variants (
  campaign_id    TEXT    NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  name           TEXT    NOT NULL,
  weight         REAL    NOT NULL,
  strategy       TEXT    NOT NULL,
  template       TEXT    NOT NULL,
  subjects       TEXT    NOT NULL DEFAULT '[]',   -- JSON array of subject lines
  PRIMARY KEY (campaign_id, position)
) STRICT;

CREATE TABLE messages (
  id             TEXT    NOT NULL PRIMARY KEY,
  campaign_id    TEXT    NOT NULL,
  customer_id    TEXT    NOT NULL,
  variant        TEXT    NOT NULL,
  holdout        INTEGER NOT NULL,                -- 0 or 1
  state          TEXT    NOT NULL,                -- planned | rendered | sending | sent | ...
  send_at        INTEGER NOT NULL,
  decision       TEXT,                            -- the decision as JSON
  subject        TEXT,
  transport_id   TEXT,
  detail         TEXT,
  created_at     INTEGER NOT NULL,
  updated_at     INTEGER NOT NULL,
  sent_at        INTEGER,
  UNIQUE (campaign_id, customer_id)
) STRICT;

CREATE INDEX messages_campaign_state ON messages (campaign_id, state, id);
CREATE INDEX messages_customer_sent  ON messages (customer_id, sent_at) WHERE sent_at IS NOT NULL;

CREATE TABLE suppressions (
  customer_id    TEXT    NOT NULL PRIMARY KEY,
  reason         TEXT    NOT NULL,                -- unsubscribed | hard_bounce | complaint | erased
  created_at     INTEGER NOT NULL,
  detail         TEXT    NOT NULL DEFAULT ''
) STRICT;
