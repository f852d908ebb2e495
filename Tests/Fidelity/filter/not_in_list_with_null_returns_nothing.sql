-- data: nullkeys.json
SELECT name FROM lhs WHERE k NOT IN (2, NULL) OR name = 'e'
