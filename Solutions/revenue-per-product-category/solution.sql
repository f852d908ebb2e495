SELECT /*+ BROADCAST(p) */
       COALESCE(p.category, 'Unknown') AS category,
       COUNT(*) AS order_count,
       SUM(o.quantity * p.unit_price) AS revenue
FROM orders o
LEFT JOIN products p ON o.product_id = p.product_id
GROUP BY COALESCE(p.category, 'Unknown')
