-- What the tracking endpoints saw of each open and click, beside its event: the user agent, the
-- client's network (never the whole address) and the privacy proxy or scanner recognised.

CREATE TABLE tracking_hits (
  event_id       TEXT COLLATE "C" NOT NULL PRIMARY KEY
                 REFERENCES events (event_id) ON DELETE CASCADE,
  user_agent     TEXT,                            -- at most 512 characters
  ip_prefix      TEXT,                            -- 203.0.113.0/24 or 2001:db8:1::/48
  proxy_kind     TEXT                             -- apple_mpp, google_image_proxy, ... or NULL
);
