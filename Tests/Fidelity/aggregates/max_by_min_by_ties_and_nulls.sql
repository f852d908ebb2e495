-- data: salaries.json
SELECT dept, max_by(name, salary) AS top_name, min_by(name, salary) AS low_name, max_by(salary, name) AS salary_of_last_name
FROM salaries
WHERE dept <> 'eng' OR dept IS NULL
GROUP BY dept
