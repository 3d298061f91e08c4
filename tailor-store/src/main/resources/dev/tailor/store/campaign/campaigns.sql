-- Campaigns and their variants. Named queries: see dev.tailor.store.internal.NamedQueries.

-- name: upsert
INSERT INTO campaigns (id, name, status, holdout_share, spec, source, created_at, updated_at)
VALUES (:id, :name, :status, :holdoutShare, :spec, :source, :createdAt, :updatedAt)
ON CONFLICT (id) DO UPDATE SET
  name = excluded.name,
  status = excluded.status,
  holdout_share = excluded.holdout_share,
  spec = excluded.spec,
  source = excluded.source,
  updated_at = excluded.updated_at

-- name: delete-variants
DELETE FROM campaign_variants WHERE campaign_id = :id

-- name: insert-variant
INSERT INTO campaign_variants (campaign_id, position, name, weight, strategy, template, subjects)
VALUES (:campaignId, :position, :name, :weight, :strategy, :template, :subjects)

-- name: find-by-id
SELECT id, name, status, holdout_share, spec, source, created_at, updated_at
FROM campaigns
WHERE id = :id

-- name: list
SELECT id, name, status, holdout_share, spec, source, created_at, updated_at
FROM campaigns
ORDER BY created_at DESC, id

-- name: variants-of
SELECT campaign_id, name, weight, strategy, template, subjects
FROM campaign_variants
WHERE campaign_id IN (<ids>)
ORDER BY campaign_id, position

-- name: update-status
UPDATE campaigns SET status = :next, updated_at = :at
WHERE id = :id AND status = :expected

-- name: acquire-lease
UPDATE campaigns SET lease_token = :token, lease_at = :now
WHERE id = :id AND (lease_token IS NULL OR lease_token = :token OR lease_at < :staleBefore)

-- name: renew-lease
UPDATE campaigns SET lease_at = :now
WHERE id = :id AND lease_token = :token

-- name: release-lease
UPDATE campaigns SET lease_token = NULL, lease_at = NULL
WHERE id = :id AND lease_token = :token
