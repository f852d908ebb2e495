SELECT DISTINCT country, salary AS second_highest_salary
FROM (
  SELECT country, salary,
         dense_rank() OVER (PARTITION BY country ORDER BY salary DESC) AS salary_rank
  FROM users
) ranked
WHERE salary_rank = 2
