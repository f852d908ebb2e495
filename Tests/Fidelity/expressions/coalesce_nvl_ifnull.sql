-- data: employees.json
SELECT name, coalesce(salary, dept_id, 0), nvl(dept_id, -1), ifnull(salary, 0), nvl2(salary, 'paid', 'unpaid'), nullif(dept_id, 10) FROM employees
