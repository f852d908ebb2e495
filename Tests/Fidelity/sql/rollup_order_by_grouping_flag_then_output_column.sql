-- data: employees.json
-- ordered: true
SELECT location, COUNT(*) AS departments
FROM departments d
GROUP BY ROLLUP (d.location)
ORDER BY GROUPING(location) DESC, location NULLS FIRST
