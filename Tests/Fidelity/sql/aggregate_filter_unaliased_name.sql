-- data: orders.json
SELECT count(*) FILTER (WHERE status = 'shipped'), sum(amount) FILTER (WHERE amount > 100) FROM orders
