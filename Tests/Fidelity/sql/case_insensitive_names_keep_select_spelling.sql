-- data: employees.json
SELECT NAME, Salary, e.DEPT_id, max(AGE) OVER (PARTITION BY DEPT_ID) AS Oldest FROM Employees e WHERE E.dept_id = 20
