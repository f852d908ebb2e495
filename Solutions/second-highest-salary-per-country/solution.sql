SELECT country,
       MAX(CASE WHEN salary_rank = 2 THEN salary END) AS second_highest_salary
FROM (
  SELECT country, salary,
         CASE WHEN salary IS NOT NULL
              THEN DENSE_RANK() OVER (PARTITION BY country ORDER BY salary DESC) END AS salary_rank
  FROM users
  WHERE country IS NOT NULL
) ranked
GROUP BY country
