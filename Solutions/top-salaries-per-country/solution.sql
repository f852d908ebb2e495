SELECT country, name, salary, salary_rank
FROM (
  SELECT country, name, salary,
         DENSE_RANK() OVER (PARTITION BY country ORDER BY salary DESC) AS salary_rank
  FROM users
  WHERE country IS NOT NULL AND salary IS NOT NULL
) ranked
WHERE salary_rank <= 3
