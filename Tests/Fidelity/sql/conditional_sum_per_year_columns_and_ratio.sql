-- data: sales.json
SELECT region,
       SUM(CASE WHEN year = 2023 THEN amount END) AS y2023,
       SUM(CASE WHEN year = 2024 THEN amount ELSE 0 END) AS y2024,
       ROUND(SUM(CASE WHEN year = 2024 THEN amount ELSE 0 END) / SUM(CASE WHEN year = 2023 THEN amount END), 3) AS ratio
FROM sales
GROUP BY region
