-- data: employees.json
SELECT DISTINCT salary FROM employees ORDER BY salary DESC LIMIT 1 OFFSET 1
