-- data: numbers.json
SELECT try_sum(big) AS ts, try_avg(big) AS ta, try_sum(a) AS tsa, try_sum(x) AS tsx FROM nums WHERE id IN (1, 6, 8)
