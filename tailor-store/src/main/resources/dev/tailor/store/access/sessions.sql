-- Dashboard sessions. Named queries: see dev.tailor.store.internal.NamedQueries.

-- name: add
INSERT INTO dashboard_sessions (id_hash, username, created_at, expires_at)
VALUES (:idHash, :username, :createdAt, :expiresAt)
ON CONFLICT (id_hash) DO UPDATE SET
  username = excluded.username, created_at = excluded.created_at, expires_at = excluded.expires_at

-- name: find
SELECT id_hash, username, created_at, expires_at FROM dashboard_sessions WHERE id_hash = :idHash

-- name: extend
UPDATE dashboard_sessions SET expires_at = :expiresAt WHERE id_hash = :idHash

-- name: remove
DELETE FROM dashboard_sessions WHERE id_hash = :idHash

-- name: remove-expired
DELETE FROM dashboard_sessions WHERE expires_at <= :now
