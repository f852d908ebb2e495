-- data: employees.json

-- The window leaves rows sorted by dept_id ASC, salary DESC: clustered enough to aggregate in one
-- step, but not sorted as a sort aggregate needs (salary ascending), so one HashAggregate.
SELECT dept_id, salary, sum(r) AS ranks
FROM (SELECT dept_id, salary, row_number() OVER (PARTITION BY dept_id ORDER BY salary DESC) AS r FROM employees)
GROUP BY dept_id, salary
