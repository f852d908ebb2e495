-- data: salaries.json
SELECT dept, avg(salary) AS median_salary FROM (
  SELECT dept, salary, row_number() OVER (PARTITION BY dept ORDER BY salary) AS rn, count(*) OVER (PARTITION BY dept) AS cnt
  FROM salaries WHERE salary IS NOT NULL
) WHERE rn IN (floor((cnt + 1) / 2), ceil((cnt + 1) / 2)) GROUP BY dept
