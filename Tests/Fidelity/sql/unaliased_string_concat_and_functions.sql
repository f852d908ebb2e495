-- data: employees.json
SELECT name || '!', concat(name, '-', dept_id), upper(name), substr(name, 1, 2), substring(name FROM 2 FOR 2),
       length(name), trim(BOTH 'a' FROM name), position('a' IN name), lpad(name, 6, '*')
FROM employees WHERE emp_id IN (1, 2, 12)
