-- data: readings.json
SELECT sensor, ts, v,
       first_value(v) IGNORE NULLS OVER (PARTITION BY sensor ORDER BY ts ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS f,
       last_value(v, true) OVER (PARTITION BY sensor ORDER BY ts ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS l,
       any_value(v) OVER (PARTITION BY sensor) AS anyv
FROM readings
