-- A file of named queries for NamedQueriesTest.

-- name: first
SELECT 1

-- name: second
-- a comment stays
SELECT 2
FROM t

-- name: second@postgresql
SELECT 'pg'
