-- data: managers.json
SELECT a.name, a.salary, COUNT(b.id) + 1 AS position
FROM staff a LEFT JOIN staff b ON b.salary > a.salary
GROUP BY a.name, a.salary
