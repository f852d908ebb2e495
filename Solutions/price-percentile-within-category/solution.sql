SELECT product_id, category, price,
       CASE WHEN price IS NOT NULL
            THEN CUME_DIST() OVER (PARTITION BY category, price IS NULL ORDER BY price) END AS price_percentile
FROM products
WHERE category IS NOT NULL
