-- data: salaries.json
-- ordered: true
SELECT dept, name, salary, rnk
FROM (
  SELECT dept, name, salary, RANK() OVER (PARTITION BY dept ORDER BY salary DESC) AS rnk
  FROM salaries
  WHERE salary IS NOT NULL
) t
WHERE rnk <= 2
ORDER BY dept NULLS LAST, rnk, name
