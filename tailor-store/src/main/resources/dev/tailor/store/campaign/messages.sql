-- Message records. Named queries: see dev.tailor.store.internal.NamedQueries. Every state change
-- is a compare-and-set on the current state.

-- name: plan
INSERT INTO messages (id, campaign_id, customer_id, variant, holdout, state, send_at, decision,
                      subject, transport_id, detail, created_at, updated_at, sent_at)
VALUES (:id, :campaignId, :customerId, :variant, :holdout, :state, :sendAt, :decision,
        :subject, :transportId, :detail, :createdAt, :updatedAt, :sentAt)
ON CONFLICT DO NOTHING

-- name: find-by-id
SELECT id, campaign_id, customer_id, variant, holdout, state, send_at, decision, subject,
       transport_id, detail, created_at, updated_at, sent_at
FROM messages
WHERE id = :id

-- name: page
SELECT id, campaign_id, customer_id, variant, holdout, state, send_at, decision, subject,
       transport_id, detail, created_at, updated_at, sent_at
FROM messages
WHERE campaign_id = :campaignId AND state IN (<states>) AND send_at <= :dueBy AND id > :afterId
ORDER BY id
LIMIT :limit

-- name: transition
UPDATE messages SET
  state = :next,
  updated_at = :at,
  decision = COALESCE(:decision, decision),
  subject = COALESCE(:subject, subject),
  transport_id = COALESCE(:transportId, transport_id),
  detail = COALESCE(:detail, detail),
  sent_at = CASE WHEN :sent THEN :at ELSE sent_at END
WHERE id = :id AND state = :expected

-- name: count-by-state
SELECT variant, holdout, state, COUNT(*) AS n
FROM messages
WHERE campaign_id = :campaignId
GROUP BY variant, holdout, state
ORDER BY variant, holdout, state

-- name: next-due
SELECT MIN(send_at) AS due FROM messages WHERE campaign_id = :campaignId AND state IN (<states>)

-- name: sent-since
SELECT customer_id, COUNT(*) AS n
FROM messages
WHERE customer_id IN (<ids>) AND sent_at >= :since
GROUP BY customer_id

-- name: sent-to
SELECT id, campaign_id, customer_id, variant, holdout, state, send_at, decision, subject,
       transport_id, detail, created_at, updated_at, sent_at
FROM messages
WHERE customer_id = :customerId AND sent_at >= :since AND state = 'sent'
ORDER BY sent_at, id

-- name: sent-to-customers
SELECT id, campaign_id, customer_id, variant, holdout, state, send_at, decision, subject,
       transport_id, detail, created_at, updated_at, sent_at
FROM messages
WHERE customer_id IN (<ids>) AND sent_at >= :since AND state = 'sent'
ORDER BY customer_id, sent_at, id

-- name: count
SELECT COUNT(*) FROM messages
