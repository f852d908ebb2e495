-- data: employees.json
SELECT emp_id,
       CASE WHEN salary > 8000 THEN 'high' ELSE 'low' END,
       CASE dept_id WHEN 10 THEN 'eng' WHEN 20 THEN 'sales' END,
       coalesce(salary, 0), nvl(manager_id, -1), ifnull(age, 0), nullif(dept_id, 10),
       if(age > 30, 'y', 'n'), nvl2(manager_id, 'has', 'none')
FROM employees
