-- data: salaries.json
SELECT name, sum(salary) OVER w, nth_value(name, 2) OVER w FROM salaries WINDOW w AS (PARTITION BY dept ORDER BY id)
