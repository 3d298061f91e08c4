-- Tracking hits beside their events. Named queries: see dev.tailor.store.internal.NamedQueries.

-- name: append
-- Positional parameters, bound by the batch writer in column order.
INSERT INTO tracking_hits (event_id, user_agent, ip_prefix, proxy_kind)
VALUES (?, ?, ?, ?)
ON CONFLICT (event_id) DO NOTHING

-- name: scan
-- Along the events' ts index.
SELECT h.event_id, h.user_agent, h.ip_prefix, h.proxy_kind
FROM events e
JOIN tracking_hits h ON h.event_id = e.event_id
WHERE e.ts >= :from AND e.ts < :to
