-- data: employees.json
-- ordered: true
SELECT name, dept_id, salary FROM employees ORDER BY dept_id DESC NULLS FIRST, salary ASC NULLS LAST, name
