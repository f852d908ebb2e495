SELECT meter_id, read_at, reading_kwh,
       reading_kwh - LAG(reading_kwh) OVER (PARTITION BY meter_id ORDER BY read_at) AS usage_kwh
FROM readings
WHERE meter_id IS NOT NULL AND read_at IS NOT NULL
