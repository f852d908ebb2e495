-- data: readings.json
SELECT sensor, v, count(*) OVER (ORDER BY v RANGE BETWEEN 1.5 PRECEDING AND 1.5 FOLLOWING) AS c
FROM readings
