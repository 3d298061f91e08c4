-- Identity links. Named queries: see dev.tailor.store.internal.NamedQueries.

-- name: link
-- A link replaces the stored one only when strictly later: of two links made at the same time,
-- the one stored first wins.
INSERT INTO identities (anonymous_id, customer_id, linked_at)
VALUES (:anonymousId, :customerId, :at)
ON CONFLICT (anonymous_id) DO UPDATE SET
  customer_id = excluded.customer_id,
  linked_at = excluded.linked_at
WHERE excluded.linked_at > identities.linked_at

-- name: resolve
SELECT customer_id FROM identities WHERE anonymous_id = :anonymousId

-- name: anonymous-ids-of
SELECT anonymous_id FROM identities WHERE customer_id = :customerId ORDER BY anonymous_id

-- name: count
SELECT COUNT(*) FROM identities
