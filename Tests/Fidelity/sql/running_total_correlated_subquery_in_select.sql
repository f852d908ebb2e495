-- data: orders.json
SELECT order_id, amount, (SELECT sum(x.amount) FROM orders x WHERE x.order_id <= o.order_id) AS running FROM orders o
