-- The shop's settings, one row per setting. Named queries: see dev.tailor.store.internal.NamedQueries.

-- name: all
SELECT name, value FROM shop_settings

-- name: clear
DELETE FROM shop_settings

-- name: put
INSERT INTO shop_settings (name, value, updated_at) VALUES (:name, :value, :updatedAt)
