-- data: managers.json
WITH RECURSIVE t (id, lvl) AS (
  SELECT 3, 0
  UNION ALL
  SELECT s.id, t.lvl + 1 FROM staff s LEFT JOIN t ON s.manager_id = t.id WHERE t.lvl < 3
)
SELECT * FROM t
