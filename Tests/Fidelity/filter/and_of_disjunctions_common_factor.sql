-- data: orders.json
-- (a OR b) AND (a OR c) is a OR (b AND c): the common disjunct is factored out.
SELECT order_id FROM orders
WHERE (status = 'shipped' OR amount > 200) AND (status = 'shipped' OR customer_id = 3)
