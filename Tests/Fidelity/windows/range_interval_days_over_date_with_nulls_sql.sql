-- data: readings.json
SELECT sensor, day, v, sum(v) OVER (PARTITION BY sensor ORDER BY day RANGE BETWEEN INTERVAL 7 DAYS PRECEDING AND CURRENT ROW) AS week_sum
FROM readings
