-- data: employees.json
-- ordered: true
SELECT name AS `employee name`, salary * 12 AS `annual pay`, `name` FROM employees e
WHERE e.`dept_id` = 10 ORDER BY `annual pay` DESC, `employee name`
