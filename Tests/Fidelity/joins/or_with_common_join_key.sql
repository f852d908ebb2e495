-- data: orders.json
-- A disjunction whose every branch repeats the join key: Spark factors the key out of the OR (BooleanSimplification)
-- and the join is an equi-join; the parts of each branch that read one side are pushed to that side as well.
SELECT o.order_id, c.name
FROM orders o, customers c
WHERE (o.customer_id = c.customer_id AND c.city = 'Pune' AND o.amount > 100)
   OR (o.customer_id = c.customer_id AND c.city = 'Delhi' AND o.status = 'shipped')
   OR (c.customer_id = o.customer_id AND c.name LIKE 'C%')
