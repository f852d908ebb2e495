-- data: orders.json
WITH totals AS (SELECT customer_id, sum(amount) AS total FROM orders GROUP BY customer_id)
SELECT t.customer_id, t.total, t.total / (SELECT sum(total) FROM totals) AS share
FROM totals t
WHERE t.total >= (SELECT avg(total) FROM totals)
