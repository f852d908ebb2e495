-- data: dates.json
SELECT id, CAST(ts AS DATE), CAST(d AS TIMESTAMP), CAST('2024-1-5' AS DATE), CAST(ts AS STRING) FROM dates WHERE id < 5
