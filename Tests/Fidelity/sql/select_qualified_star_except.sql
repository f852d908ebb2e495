-- data: employees.json
SELECT d.*, e.* EXCEPT (dept_id, hire_date, manager_id, age) FROM employees e JOIN departments d USING (dept_id) WHERE e.emp_id < 4
