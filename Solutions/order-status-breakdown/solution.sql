WITH per_customer AS (
  SELECT c.customer_id, c.name,
         COUNT(o.order_id) AS orders,
         COUNT(CASE WHEN o.status = 'delivered' THEN 1 END) AS delivered,
         COUNT(CASE WHEN o.status = 'cancelled' THEN 1 END) AS cancelled,
         COALESCE(SUM(CASE WHEN o.status = 'delivered' THEN o.amount END), 0) AS delivered_revenue
  FROM customers c
  LEFT JOIN orders o
    ON o.customer_id = c.customer_id
  GROUP BY c.customer_id, c.name
)
SELECT customer_id, name, orders, delivered, cancelled, delivered_revenue,
       ROUND(try_divide(cancelled, orders), 2) AS cancel_rate
FROM per_customer
