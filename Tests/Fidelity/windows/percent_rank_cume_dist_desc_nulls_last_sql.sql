-- data: readings.json
SELECT sensor, n,
       percent_rank() OVER (PARTITION BY sensor ORDER BY n DESC) AS pr,
       cume_dist() OVER (PARTITION BY sensor ORDER BY n DESC) AS cd,
       rank() OVER (PARTITION BY sensor ORDER BY n DESC NULLS FIRST) AS rk_nulls_first
FROM readings
