-- data: readings.json
SELECT sensor, ts, v,
       lag(v) RESPECT NULLS OVER (PARTITION BY sensor ORDER BY ts) AS prev_raw,
       lag(v, 1, null, true) OVER (PARTITION BY sensor ORDER BY ts) AS prev_known,
       lead(v, 1, -1.0, true) OVER (PARTITION BY sensor ORDER BY ts) AS next_known
FROM readings
