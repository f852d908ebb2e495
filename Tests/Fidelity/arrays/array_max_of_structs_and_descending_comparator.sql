-- data: employees.json
SELECT dept_id,
       array_max(collect_list(named_struct('salary', salary, 'name', name))).name AS top,
       array_sort(collect_list(salary), (a, b) -> CASE WHEN a > b THEN -1 WHEN a < b THEN 1 ELSE 0 END) AS desc_salaries
FROM employees WHERE dept_id IS NOT NULL AND salary IS NOT NULL GROUP BY dept_id
