-- data: employees.json
WITH bands(lo, hi, label) AS (
  VALUES (0, 5999, 'junior'), (6000, 7999, 'mid'), (8000, 100000, 'senior')
)
SELECT b.label, COUNT(e.emp_id) AS people, AVG(e.salary) AS avg_salary
FROM bands b
LEFT JOIN employees e ON e.salary BETWEEN b.lo AND b.hi
GROUP BY b.label
