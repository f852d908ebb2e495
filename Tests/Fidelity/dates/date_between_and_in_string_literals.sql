-- data: dates.json
SELECT id, d, d BETWEEN '2024-01-01' AND '2024-03-31' AS in_q1, d IN ('2024-01-31', '2023-06-15') AS listed, d = '2024-2-29' AS loose
FROM dates
