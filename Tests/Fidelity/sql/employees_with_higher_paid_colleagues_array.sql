-- data: employees.json
WITH per_dept AS (
  SELECT dept_id, collect_list(named_struct('name', name, 'salary', salary)) AS staff FROM employees WHERE dept_id IS NOT NULL GROUP BY dept_id
)
SELECT dept_id, s.name, size(filter(staff, o -> o.salary > s.salary)) AS paid_more
FROM per_dept LATERAL VIEW explode(staff) e AS s
