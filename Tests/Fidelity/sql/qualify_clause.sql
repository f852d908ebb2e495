-- data: salaries.json
SELECT dept, name, salary FROM salaries QUALIFY row_number() OVER (PARTITION BY dept ORDER BY salary DESC, id) = 1
