-- API keys and dashboard users. Named queries: see dev.tailor.store.internal.NamedQueries.

-- name: add-key
INSERT INTO api_keys (id, kind, hash, label, created_at, revoked_at)
VALUES (:id, :kind, :hash, :label, :createdAt, NULL)
ON CONFLICT DO NOTHING

-- name: key-by-hash
SELECT id, kind, hash, label, created_at, revoked_at FROM api_keys WHERE hash = :hash

-- name: key-by-id
SELECT id, kind, hash, label, created_at, revoked_at FROM api_keys WHERE id = :id

-- name: keys
SELECT id, kind, hash, label, created_at, revoked_at FROM api_keys ORDER BY created_at DESC, id

-- name: revoke-key
UPDATE api_keys SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL

-- name: add-user
INSERT INTO dashboard_users (username, password_hash, created_at)
VALUES (:username, :passwordHash, :createdAt)
ON CONFLICT DO NOTHING

-- name: user
SELECT username, password_hash, created_at FROM dashboard_users WHERE username = :username

-- name: users
SELECT username, password_hash, created_at FROM dashboard_users ORDER BY username

-- name: update-password
UPDATE dashboard_users SET password_hash = :passwordHash WHERE username = :username

-- name: count-users
SELECT COUNT(*) FROM dashboard_users
