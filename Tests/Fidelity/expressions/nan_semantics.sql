-- data: numbers.json
SELECT id, x, x = CAST('NaN' AS DOUBLE), isnan(x), x > 1e308, nanvl(x, 0.0) FROM nums WHERE id IN (1, 4, 8)
