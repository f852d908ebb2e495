-- data: employees.json
SELECT name FROM employees WHERE name ILIKE 'a%' OR name RLIKE '^[H-J]' OR name REGEXP 'e$'
