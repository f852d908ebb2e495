-- data: salaries.json
SELECT id, CASE WHEN salary = NULL THEN 'eq null' WHEN salary IS NULL THEN 'is null' ELSE 'value' END AS kind,
       CASE dept WHEN NULL THEN 'null dept' WHEN 'eng' THEN 'engineering' END AS d
FROM salaries
