SELECT region, COALESCE(q1, 0) AS q1, COALESCE(q2, 0) AS q2, COALESCE(q3, 0) AS q3, COALESCE(q4, 0) AS q4
FROM (
  SELECT region, concat('q', quarter(sale_date)) AS quarter, COALESCE(amount, 0) AS amount
  FROM sales
  WHERE region IS NOT NULL AND sale_date IS NOT NULL
) PIVOT (SUM(amount) FOR quarter IN ('q1', 'q2', 'q3', 'q4'))
