-- data: employees.json
SELECT CASE WHEN age < 30 THEN 'under 30' WHEN age < 40 THEN '30s' ELSE '40+' END AS age_group,
       count(*) AS n, avg(salary) AS avg_salary
FROM employees
GROUP BY CASE WHEN age < 30 THEN 'under 30' WHEN age < 40 THEN '30s' ELSE '40+' END
HAVING count(*) > 1
