-- data: salaries.json
SELECT dept, min(id) AS first_id, max(id) AS last_id, count(*) AS run_length
FROM (SELECT dept, id, id - row_number() OVER (PARTITION BY dept ORDER BY id) AS grp FROM salaries)
GROUP BY dept, grp
