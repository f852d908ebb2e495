# data: employees.json


def solve(employees):
    return employees.selectExpr(
        "name",
        "CASE WHEN salary >= 8000 THEN 'senior' WHEN salary IS NULL THEN 'unknown' ELSE 'junior' END AS level",
        "cast(salary AS double) * 1.1 AS raised",
        "salary * 12",
        "coalesce(dept_id, -1) dept",
        "year(hire_date) - 2000 AS since_2000",
    )
