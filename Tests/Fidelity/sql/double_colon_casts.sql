-- data: orders.json
SELECT order_id::STRING AS id_text, amount::INT AS whole, '2024-01-01'::DATE AS d, amount::DOUBLE FROM orders WHERE order_id < 103
