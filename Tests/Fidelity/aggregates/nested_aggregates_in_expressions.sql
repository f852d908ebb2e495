-- data: employees.json
SELECT dept_id, sum(salary) / count(*) AS per_head, max(salary) - min(salary) AS spread,
  round(avg(salary) * 2, 1) AS twice_avg, count(salary) * 100 / count(*) AS pct_paid, sum(salary + age) AS s
FROM employees GROUP BY dept_id
