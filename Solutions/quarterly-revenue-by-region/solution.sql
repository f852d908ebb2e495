SELECT region,
       SUM(CASE WHEN quarter(sale_date) = 1 THEN COALESCE(amount, 0) ELSE 0 END) AS q1,
       SUM(CASE WHEN quarter(sale_date) = 2 THEN COALESCE(amount, 0) ELSE 0 END) AS q2,
       SUM(CASE WHEN quarter(sale_date) = 3 THEN COALESCE(amount, 0) ELSE 0 END) AS q3,
       SUM(CASE WHEN quarter(sale_date) = 4 THEN COALESCE(amount, 0) ELSE 0 END) AS q4
FROM sales
WHERE region IS NOT NULL AND sale_date IS NOT NULL
GROUP BY region
