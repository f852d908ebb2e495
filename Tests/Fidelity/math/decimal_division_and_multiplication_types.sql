-- data: decimals.json
SELECT id, price / rate AS div, price * rate AS mul, price * qty AS line_total,
       price + rate AS add, price / 3 AS third, CAST(price AS DECIMAL(20, 6)) / qty AS per_unit
FROM amounts
