-- Customers. Named queries: see dev.tailor.store.internal.NamedQueries.

-- name: upsert
INSERT INTO customers (id, email, first_name, last_name, timezone, country,
                       consent_status, consent_at, created_at, attributes)
VALUES (:id, :email, :firstName, :lastName, :timezone, :country,
        :consentStatus, :consentAt, :createdAt, :attributes)
ON CONFLICT (id) DO UPDATE SET
  email = excluded.email,
  first_name = excluded.first_name,
  last_name = excluded.last_name,
  timezone = excluded.timezone,
  country = excluded.country,
  consent_status = excluded.consent_status,
  consent_at = excluded.consent_at,
  created_at = excluded.created_at,
  attributes = excluded.attributes

-- name: find-by-id
SELECT id, email, first_name, last_name, timezone, country,
       consent_status, consent_at, created_at, attributes
FROM customers
WHERE id = :id

-- name: page
SELECT id, email, first_name, last_name, timezone, country,
       consent_status, consent_at, created_at, attributes
FROM customers
WHERE id > :afterId
ORDER BY id
LIMIT :limit

-- name: all
SELECT id, email, first_name, last_name, timezone, country,
       consent_status, consent_at, created_at, attributes
FROM customers
ORDER BY id

-- name: count
SELECT COUNT(*) FROM customers

-- name: count-by-consent
SELECT COUNT(*) FROM customers WHERE consent_status = :status
