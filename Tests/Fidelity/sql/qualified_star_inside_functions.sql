-- data: employees.json
SELECT d.dept_id, to_json(struct(d.*)) AS dept_json, array(v.*) AS pair, hash(d.*) = hash(d.dept_id, d.dept_name, d.location) AS same_hash
FROM departments d CROSS JOIN VALUES (1, 2) AS v(a, b)
