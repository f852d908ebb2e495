-- data: managers.json
WITH RECURSIVE chain AS (
  SELECT id, name, manager_id, 0 AS depth, CAST(name AS STRING) AS path FROM staff WHERE manager_id IS NULL
  UNION ALL
  SELECT s.id, s.name, s.manager_id, c.depth + 1, concat(c.path, ' > ', s.name)
  FROM staff s JOIN chain c ON s.manager_id = c.id
)
SELECT id, depth, path FROM chain
