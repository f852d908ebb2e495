-- data: orders.json
SELECT * FROM customers LEFT ANTI JOIN orders USING (customer_id)
