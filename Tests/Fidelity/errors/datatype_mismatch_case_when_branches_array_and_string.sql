-- data: arrays.json
SELECT CASE WHEN id = 1 THEN tags ELSE 'none' END FROM items
