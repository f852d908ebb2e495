-- data: employees.json
SELECT /*+ BROADCAST(b) */ e.name, b.band FROM employees e
JOIN (SELECT * FROM VALUES (0, 6000, 'low'), (6000, 8000, 'mid'), (8000, 100000, 'high') AS v(lo, hi, band)) b
  ON e.salary >= b.lo AND e.salary < b.hi
