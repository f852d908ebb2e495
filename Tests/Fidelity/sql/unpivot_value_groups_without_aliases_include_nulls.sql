-- data: decimals.json
SELECT * FROM (SELECT id, qty, CAST(price AS DOUBLE) AS price, ratio, CAST(rate AS DOUBLE) AS rate FROM amounts)
UNPIVOT INCLUDE NULLS ((n, x) FOR pair IN ((qty, price), (id, ratio)))
