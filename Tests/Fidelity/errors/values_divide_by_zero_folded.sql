-- data: employees.json

SELECT a / b AS q FROM VALUES (1, 0), (2, 1) AS t(a, b)
