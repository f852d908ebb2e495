-- data: managers.json
WITH RECURSIVE paths AS (
  SELECT id, name, CAST(name AS STRING) AS path, salary AS total
  FROM staff WHERE manager_id IS NULL
  UNION ALL
  SELECT s.id, s.name, p.path || ' > ' || s.name, p.total + s.salary
  FROM paths p JOIN staff s ON s.manager_id = p.id
)
SELECT name, path, total FROM paths WHERE total > 150000
