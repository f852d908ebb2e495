-- data: employees.json
SELECT dept_id,
       listagg(name, ', ') WITHIN GROUP (ORDER BY name) AS names,
       string_agg(name, '|') WITHIN GROUP (ORDER BY salary DESC, name) AS by_salary,
       listagg(DISTINCT CAST(salary AS STRING), ',') WITHIN GROUP (ORDER BY CAST(salary AS STRING)) AS distinct_salaries
FROM employees
GROUP BY dept_id
