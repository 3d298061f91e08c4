-- Events. Named queries: see dev.tailor.store.internal.NamedQueries.
-- Anonymous events are attributed on read: an event without customer_id takes the customer its
-- anonymous_id is linked to in identities (LEFT JOIN ... ON e.customer_id IS NULL ...).

-- name: append
-- Positional parameters, bound by the batch writer in column order.
INSERT INTO events (event_id, type, ts, customer_id, anonymous_id, product_id, quantity, price,
                    order_id, campaign_id, message_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (event_id) DO NOTHING

-- name: append@postgresql
-- One statement per chunk: eleven arrays unnested into rows, in array order (seq follows it).
-- The update count is exactly the number of new events.
INSERT INTO events (event_id, type, ts, customer_id, anonymous_id, product_id, quantity, price,
                    order_id, campaign_id, message_id)
SELECT event_id, type, ts, customer_id, anonymous_id, product_id, quantity, price,
       order_id, campaign_id, message_id
FROM unnest(?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::int[],
            ?::numeric[], ?::text[], ?::text[], ?::text[])
     WITH ORDINALITY AS u(event_id, type, ts, customer_id, anonymous_id, product_id, quantity,
                          price, order_id, campaign_id, message_id, n)
ORDER BY n
ON CONFLICT (event_id) DO NOTHING

-- name: count
SELECT COUNT(*) FROM events

-- name: count-by-type
SELECT type, COUNT(*) AS n FROM events GROUP BY type

-- name: time-range
-- Two subqueries, so that SQLite answers each from the ts index.
SELECT (SELECT MIN(ts) FROM events) AS first_ts, (SELECT MAX(ts) FROM events) AS last_ts

-- name: scan
SELECT e.event_id, e.type, e.ts, COALESCE(e.customer_id, i.customer_id) AS customer_id,
       e.anonymous_id, e.product_id, e.quantity, e.price, e.order_id, e.campaign_id, e.message_id
FROM events e
LEFT JOIN identities i ON e.customer_id IS NULL AND i.anonymous_id = e.anonymous_id
WHERE e.ts >= :from AND e.ts < :to
ORDER BY e.ts, e.seq

-- name: scan-types
-- The whole log, no order: a full pass over the table instead of the ts index.
SELECT e.event_id, e.type, e.ts, COALESCE(e.customer_id, i.customer_id) AS customer_id,
       e.anonymous_id, e.product_id, e.quantity, e.price, e.order_id, e.campaign_id, e.message_id
FROM events e
LEFT JOIN identities i ON e.customer_id IS NULL AND i.anonymous_id = e.anonymous_id
WHERE e.type IN (<types>)

-- name: by-customer
-- Walks the (customer_id, ts) index; seq (the rowid) is its last column.
SELECT e.event_id, e.type, e.ts, e.customer_id, e.anonymous_id, e.product_id, e.quantity,
       e.price, e.order_id, e.campaign_id, e.message_id
FROM events e
WHERE e.customer_id IS NOT NULL AND e.type IN (<types>)
ORDER BY e.customer_id, e.ts, e.seq

-- name: by-customer@postgresql
SELECT e.event_id, e.type, e.ts, e.customer_id, e.anonymous_id, e.product_id, e.quantity,
       e.price, e.order_id, e.campaign_id, e.message_id
FROM events e
WHERE e.customer_id IS NOT NULL AND e.type IN (<types>)
ORDER BY e.customer_id COLLATE "C", e.ts, e.seq

-- name: by-customer-linked
SELECT e.event_id, e.type, e.ts, i.customer_id, e.anonymous_id, e.product_id, e.quantity,
       e.price, e.order_id, e.campaign_id, e.message_id
FROM identities i
JOIN events e ON e.anonymous_id = i.anonymous_id AND e.customer_id IS NULL
WHERE e.type IN (<types>)
ORDER BY i.customer_id, e.ts, e.seq

-- name: by-customer-linked@postgresql
SELECT e.event_id, e.type, e.ts, i.customer_id, e.anonymous_id, e.product_id, e.quantity,
       e.price, e.order_id, e.campaign_id, e.message_id
FROM identities i
JOIN events e ON e.anonymous_id = i.anonymous_id AND e.customer_id IS NULL
WHERE e.type IN (<types>)
ORDER BY i.customer_id COLLATE "C", e.ts, e.seq

-- name: recent-for-customer
SELECT event_id, type, ts, customer_id, anonymous_id, product_id, quantity, price, order_id,
       campaign_id, message_id
FROM (
  SELECT e.seq, e.event_id, e.type, e.ts, e.customer_id, e.anonymous_id, e.product_id,
         e.quantity, e.price, e.order_id, e.campaign_id, e.message_id
  FROM events e
  WHERE e.customer_id = :customerId
  UNION ALL
  SELECT e.seq, e.event_id, e.type, e.ts, i.customer_id, e.anonymous_id, e.product_id,
         e.quantity, e.price, e.order_id, e.campaign_id, e.message_id
  FROM identities i
  JOIN events e ON e.anonymous_id = i.anonymous_id AND e.customer_id IS NULL
  WHERE i.customer_id = :customerId
) mine
ORDER BY ts DESC, seq DESC
LIMIT :limit

-- name: recent-for-customers
-- recent-for-customer for a set of customers, in no particular order: the caller orders each one's
-- events newest first (ts, then seq, descending) and keeps the first :limit of each. Sorting the
-- ~8,000 rows of a chunk of 256 customers here took SQLite about 40 % of the query's time.
SELECT e.seq, e.event_id, e.type, e.ts, e.customer_id, e.anonymous_id, e.product_id,
       e.quantity, e.price, e.order_id, e.campaign_id, e.message_id
FROM events e
WHERE e.customer_id IN (<ids>)
UNION ALL
SELECT e.seq, e.event_id, e.type, e.ts, i.customer_id, e.anonymous_id, e.product_id,
       e.quantity, e.price, e.order_id, e.campaign_id, e.message_id
FROM identities i
JOIN events e ON e.anonymous_id = i.anonymous_id AND e.customer_id IS NULL
WHERE i.customer_id IN (<ids>)

-- name: top-products
-- Customers are counted once linked; unlinked visitors add events but no customer.
SELECT e.product_id,
       COUNT(*) AS n_events,
       SUM(e.quantity) AS quantity,
       COUNT(DISTINCT COALESCE(e.customer_id, i.customer_id)) AS customers
FROM events e
LEFT JOIN identities i ON e.customer_id IS NULL AND i.anonymous_id = e.anonymous_id
WHERE e.type = :type AND e.ts >= :since AND e.product_id IS NOT NULL
GROUP BY e.product_id
ORDER BY n_events DESC, e.product_id
LIMIT :limit

-- name: interaction-stats
WITH interactions AS (
  SELECT e.product_id, COALESCE(e.customer_id, i.customer_id) AS customer_id
  FROM events e
  LEFT JOIN identities i ON e.customer_id IS NULL AND i.anonymous_id = e.anonymous_id
  WHERE e.type IN (<types>) AND e.product_id IS NOT NULL
),
per_customer AS (
  SELECT customer_id, COUNT(*) AS n FROM interactions
  WHERE customer_id IS NOT NULL GROUP BY customer_id
),
per_product AS (
  SELECT product_id, COUNT(*) AS n FROM interactions GROUP BY product_id
)
SELECT (SELECT COUNT(*) FROM interactions) AS interactions,
       (SELECT COUNT(*) FROM per_customer) AS customers_with_interactions,
       (SELECT COUNT(*) FROM per_customer WHERE n >= :threshold) AS customers_with_enough,
       (SELECT COUNT(*) FROM per_product WHERE n >= :threshold) AS products_with_enough,
       (SELECT COUNT(DISTINCT COALESCE(e.customer_id, i.customer_id))
        FROM events e
        LEFT JOIN identities i ON e.customer_id IS NULL AND i.anonymous_id = e.anonymous_id
        WHERE e.type = :purchase) AS purchasers
