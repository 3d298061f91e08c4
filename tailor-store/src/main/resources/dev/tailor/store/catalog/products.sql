-- Products. Named queries: see dev.tailor.store.internal.NamedQueries.

-- name: upsert
INSERT INTO products (id, title, category, brand, price, currency, inventory, margin, url,
                      image_url, tags, available_from, available_to, published, created_at,
                      attributes)
VALUES (:id, :title, :category, :brand, :price, :currency, :inventory, :margin, :url,
        :imageUrl, :tags, :availableFrom, :availableTo, :published, :createdAt,
        :attributes)
ON CONFLICT (id) DO UPDATE SET
  title = excluded.title,
  category = excluded.category,
  brand = excluded.brand,
  price = excluded.price,
  currency = excluded.currency,
  inventory = excluded.inventory,
  margin = excluded.margin,
  url = excluded.url,
  image_url = excluded.image_url,
  tags = excluded.tags,
  available_from = excluded.available_from,
  available_to = excluded.available_to,
  published = excluded.published,
  created_at = excluded.created_at,
  attributes = excluded.attributes

-- name: find-by-id
SELECT id, title, category, brand, price, currency, inventory, margin, url, image_url, tags,
       available_from, available_to, published, created_at, attributes
FROM products
WHERE id = :id

-- name: find-all-by-id
SELECT id, title, category, brand, price, currency, inventory, margin, url, image_url, tags,
       available_from, available_to, published, created_at, attributes
FROM products
WHERE id IN (<ids>)

-- name: page
SELECT id, title, category, brand, price, currency, inventory, margin, url, image_url, tags,
       available_from, available_to, published, created_at, attributes
FROM products
WHERE id > :afterId
ORDER BY id
LIMIT :limit

-- name: all
SELECT id, title, category, brand, price, currency, inventory, margin, url, image_url, tags,
       available_from, available_to, published, created_at, attributes
FROM products
ORDER BY id

-- name: count
SELECT COUNT(*) FROM products

-- name: health
SELECT COUNT(*)                                                          AS products,
       COUNT(CASE WHEN inventory IS NOT NULL AND inventory <= 0 THEN 1 END) AS out_of_stock,
       COUNT(CASE WHEN published THEN NULL ELSE 1 END)                   AS unpublished,
       COUNT(CASE WHEN price IS NULL THEN 1 END)                         AS missing_price,
       COUNT(CASE WHEN image_url IS NULL THEN 1 END)                     AS missing_image,
       COUNT(CASE WHEN title IS NULL THEN 1 END)                         AS missing_title
FROM products
