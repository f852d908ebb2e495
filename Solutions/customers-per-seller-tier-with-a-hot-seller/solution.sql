WITH salted_orders AS (
  SELECT seller_id, customer_id, CAST(PMOD(order_id, 16) AS INT) AS salt
  FROM orders
),
salted_sellers AS (
  SELECT seller_id, tier, salt
  FROM sellers
  LATERAL VIEW EXPLODE(SEQUENCE(0, 15)) s AS salt
)
SELECT s.tier, COUNT(*) AS orders, COUNT(DISTINCT o.customer_id) AS customers
FROM salted_orders o
JOIN salted_sellers s ON o.seller_id = s.seller_id AND o.salt = s.salt
GROUP BY s.tier
