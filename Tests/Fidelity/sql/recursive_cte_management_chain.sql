-- data: managers.json
WITH RECURSIVE chain (id, name, manager_id, depth) AS (
  SELECT id, name, manager_id, 0 FROM staff WHERE manager_id IS NULL
  UNION ALL
  SELECT s.id, s.name, s.manager_id, c.depth + 1
  FROM staff s JOIN chain c ON s.manager_id = c.id
)
SELECT id, name, depth FROM chain
