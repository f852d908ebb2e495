-- data: employees.json
SELECT /*+ REPARTITION_BY_RANGE(3, salary) */ name, salary FROM employees
