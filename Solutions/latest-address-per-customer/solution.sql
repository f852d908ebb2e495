WITH ranked AS (
  SELECT customer_id, address, city, updated_at,
         ROW_NUMBER() OVER (PARTITION BY customer_id
                            ORDER BY updated_at DESC, change_id DESC) AS rn
  FROM address_changes
  WHERE customer_id IS NOT NULL
)
SELECT customer_id, address, city, updated_at
FROM ranked
WHERE rn = 1
