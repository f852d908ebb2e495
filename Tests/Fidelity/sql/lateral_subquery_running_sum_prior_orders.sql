-- data: orders.json
SELECT o.order_id, p.prior_total
FROM orders o, LATERAL (SELECT sum(amount) AS prior_total FROM orders x WHERE x.customer_id = o.customer_id AND x.order_date < o.order_date) p
