-- data: salaries.json
SELECT name, salary,
       salary IN (90, NULL) AS in_with_null,
       salary NOT IN (90, NULL) AS not_in_with_null
FROM salaries
WHERE dept = 'ops' OR salary IS NULL
