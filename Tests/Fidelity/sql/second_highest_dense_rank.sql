-- data: employees.json
SELECT DISTINCT salary FROM (
  SELECT salary, dense_rank() OVER (ORDER BY salary DESC) AS r FROM employees
) WHERE r = 2
