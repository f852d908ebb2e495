-- data: employees.json
SELECT if(salary, 'a', 'b') FROM employees
