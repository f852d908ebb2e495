SELECT sensor_id, reading_ts, temperature, previous_temperature,
       temperature - previous_temperature AS change
FROM (
  SELECT sensor_id, reading_ts, temperature,
         LAST_VALUE(temperature) IGNORE NULLS OVER (
           PARTITION BY sensor_id ORDER BY reading_ts
           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS previous_temperature
  FROM readings
  WHERE sensor_id IS NOT NULL AND reading_ts IS NOT NULL
) filled
