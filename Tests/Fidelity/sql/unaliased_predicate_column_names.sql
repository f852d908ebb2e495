-- data: employees.json
SELECT emp_id, salary > 8000, salary = 7000 AND age < 40, NOT (dept_id = 10), salary IS NULL,
       manager_id IS NOT NULL, name IN ('Amit', 'Bea'), name LIKE 'A%', salary <=> NULL, dept_id <> 20 OR age >= 40
FROM employees
