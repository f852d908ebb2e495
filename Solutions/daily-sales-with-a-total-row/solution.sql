SELECT sale_date, COUNT(*) AS sales, SUM(amount) AS revenue
FROM sales
WHERE sale_date IS NOT NULL
GROUP BY ROLLUP (sale_date)
