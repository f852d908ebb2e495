-- data: dates.json
SELECT id, CAST(d - DATE'2024-01-01' AS INT) AS days_int, extract(DAY FROM d - DATE'2024-01-01') AS days_extracted,
       CAST(d - DATE'2024-01-01' AS BIGINT) AS days_long
FROM dates
