-- data: numbers.json
SELECT id, UPPER(Lower(S)) AS s2, Coalesce(A, B, 0) AS c, ABS(-B) AS ab, IF(A IS NULL, 'none', 'some') AS kind FROM nums
