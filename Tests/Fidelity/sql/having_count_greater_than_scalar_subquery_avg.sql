-- data: orders.json
SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id
HAVING count(*) > (SELECT count(*) / count(DISTINCT customer_id) FROM orders)
