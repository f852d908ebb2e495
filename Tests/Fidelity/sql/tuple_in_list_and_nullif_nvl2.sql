-- data: employees.json
SELECT name,
       (dept_id, manager_id) IN ((10, 1), (20, 4)) AS in_pairs,
       nullif(salary, 7000) AS not_7000,
       nvl2(manager_id, 'has manager', 'top') AS kind,
       equal_null(dept_id, NULL) AS dept_is_null,
       salary <=> NULL AS salary_is_null
FROM employees
