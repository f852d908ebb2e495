-- data: orders.json
WITH shipped AS (SELECT * FROM orders WHERE status = 'shipped'),
per_customer AS (SELECT customer_id, sum(amount) AS spend FROM shipped GROUP BY customer_id)
SELECT c.name, p.spend FROM per_customer p JOIN customers c ON c.customer_id = p.customer_id
