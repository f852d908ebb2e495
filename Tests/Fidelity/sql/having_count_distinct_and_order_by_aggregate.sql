-- data: orders.json
-- ordered: true
SELECT customer_id, count(DISTINCT status) AS statuses, sum(amount) AS total
FROM orders
GROUP BY customer_id
HAVING count(DISTINCT status) >= 1 AND sum(amount) > 50
ORDER BY sum(amount) DESC
