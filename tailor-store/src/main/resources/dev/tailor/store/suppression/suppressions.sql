-- The suppression list. Named queries: see dev.tailor.store.internal.NamedQueries.

-- name: add
-- The first reason recorded is kept.
INSERT INTO suppressions (customer_id, reason, created_at, detail)
VALUES (:customerId, :reason, :at, :detail)
ON CONFLICT (customer_id) DO NOTHING

-- name: find
SELECT customer_id, reason, created_at, detail FROM suppressions WHERE customer_id = :customerId

-- name: reasons-for
SELECT customer_id, reason FROM suppressions WHERE customer_id IN (<ids>)

-- name: count-by-reason
SELECT reason, COUNT(*) AS n FROM suppressions GROUP BY reason

-- name: count
SELECT COUNT(*) FROM suppressions
