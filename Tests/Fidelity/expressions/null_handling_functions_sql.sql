-- data: salaries.json
SELECT id, ifnull(dept, 'none') AS d, nvl(salary, 0) AS s, coalesce(NULL, salary, id) AS c,
       nullifzero(salary - 90) AS nz, zeroifnull(salary) AS zn, isnull(dept) AS dept_null
FROM salaries
