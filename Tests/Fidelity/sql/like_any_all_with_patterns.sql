-- data: employees.json
SELECT name, name LIKE ANY ('A%', '%a') AS any_match, name LIKE ALL ('%a%', '%n%') AS all_match,
       name NOT LIKE ANY ('A%', 'B%') AS not_any
FROM employees
