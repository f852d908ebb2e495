-- data: orders.json
SELECT name,
       CASE WHEN customer_id IN (SELECT customer_id FROM orders WHERE status = 'cancelled') THEN 'had cancellation'
            WHEN customer_id IN (SELECT customer_id FROM orders) THEN 'clean'
            ELSE 'no orders' END AS label
FROM customers
