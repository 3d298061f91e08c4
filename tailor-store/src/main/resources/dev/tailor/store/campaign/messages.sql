-- Message records. Named queries: see dev.tailor.store.internal.NamedQueries. Every state change
-- is a compare-and-set on the current state. A message's decision is kept in message_decisions,
-- written once, so that a state change rewrites only the small row in messages.

-- name: plan
-- Plain JDBC (MessageWriter), parameters in order: id, campaign_id, customer_id, variant, holdout,
-- state, send_at, subject, transport_id, detail, created_at, updated_at, sent_at.
INSERT INTO messages (id, campaign_id, customer_id, variant, holdout, state, send_at, subject,
                      transport_id, detail, created_at, updated_at, sent_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT DO NOTHING

-- name: record-decision
-- Plain JDBC: message_id, decision.
INSERT INTO message_decisions (message_id, decision) VALUES (?, ?)
ON CONFLICT (message_id) DO UPDATE SET decision = excluded.decision

-- name: find-by-id
SELECT m.id, m.campaign_id, m.customer_id, m.variant, m.holdout, m.state, m.send_at, d.decision,
       m.subject, m.transport_id, m.detail, m.created_at, m.updated_at, m.sent_at
FROM messages m LEFT JOIN message_decisions d ON d.message_id = m.id
WHERE m.id = :id

-- name: page
SELECT m.id, m.campaign_id, m.customer_id, m.variant, m.holdout, m.state, m.send_at, d.decision,
       m.subject, m.transport_id, m.detail, m.created_at, m.updated_at, m.sent_at
FROM messages m LEFT JOIN message_decisions d ON d.message_id = m.id
WHERE m.campaign_id = :campaignId AND m.state IN (<states>) AND m.send_at <= :dueBy
  AND m.id > :afterId
ORDER BY m.id
LIMIT :limit

-- name: transition
-- Plain JDBC, parameters in order: next state, at, subject, transport_id, detail, sent (true when
-- the message is sent now), at again, id, expected state.
UPDATE messages SET
  state = ?,
  updated_at = ?,
  subject = COALESCE(?, subject),
  transport_id = COALESCE(?, transport_id),
  detail = COALESCE(?, detail),
  sent_at = CASE WHEN ? THEN ? ELSE sent_at END
WHERE id = ? AND state = ?

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
SELECT m.id, m.campaign_id, m.customer_id, m.variant, m.holdout, m.state, m.send_at, d.decision,
       m.subject, m.transport_id, m.detail, m.created_at, m.updated_at, m.sent_at
FROM messages m LEFT JOIN message_decisions d ON d.message_id = m.id
WHERE m.customer_id = :customerId AND m.sent_at >= :since AND m.state = 'sent'
ORDER BY m.sent_at, m.id

-- name: sent-to-customers
SELECT m.id, m.campaign_id, m.customer_id, m.variant, m.holdout, m.state, m.send_at, d.decision,
       m.subject, m.transport_id, m.detail, m.created_at, m.updated_at, m.sent_at
FROM messages m LEFT JOIN message_decisions d ON d.message_id = m.id
WHERE m.customer_id IN (<ids>) AND m.sent_at >= :since AND m.state = 'sent'
ORDER BY m.customer_id, m.sent_at, m.id

-- name: count
SELECT COUNT(*) FROM messages
