-- data: orders.json
SELECT a.order_id, b.order_id AS later_order, b.amount
FROM orders a,
LATERAL (
  SELECT o.order_id, o.amount FROM orders o
  WHERE o.customer_id = a.customer_id AND o.order_date > a.order_date
) b
