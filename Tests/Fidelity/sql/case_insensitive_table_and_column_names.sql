-- data: employees.json
SELECT NAME, Salary, E.Dept_Id FROM EMPLOYEES E WHERE e.DEPT_ID = 20
