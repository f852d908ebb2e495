-- data: employees.json
SELECT CASE WHEN age >= 35 THEN 'senior' ELSE 'junior' END AS band, dept_id, avg(salary) AS avg_sal
FROM employees GROUP BY ALL
