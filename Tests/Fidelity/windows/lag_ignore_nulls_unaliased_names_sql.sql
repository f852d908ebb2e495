-- data: readings.json
SELECT sensor, ts, lag(v, 2) IGNORE NULLS OVER (PARTITION BY sensor ORDER BY ts), lead(v, 1, 0.0, true) OVER (PARTITION BY sensor ORDER BY ts)
FROM readings
