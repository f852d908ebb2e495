-- data: employees.json
SELECT 1; SELECT 2
