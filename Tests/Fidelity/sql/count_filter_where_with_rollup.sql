-- data: orders.json
-- ordered: true
SELECT status, customer_id,
       COUNT(*) AS n,
       COUNT(*) FILTER (WHERE amount >= 100) AS big,
       SUM(amount) FILTER (WHERE order_date < DATE'2024-03-01') AS early_total,
       GROUPING_ID() AS gid
FROM orders
GROUP BY ROLLUP (status, customer_id)
ORDER BY gid, status NULLS LAST, customer_id NULLS LAST
