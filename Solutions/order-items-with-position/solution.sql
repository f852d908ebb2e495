SELECT order_id, pos + 1 AS position, item
FROM orders
LATERAL VIEW OUTER posexplode(items) exploded AS pos, item
