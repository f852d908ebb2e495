-- data: salaries.json
SELECT id, sum(salary) OVER (ORDER BY salary RANGE BETWEEN 10 FOLLOWING AND 10 PRECEDING) AS s FROM salaries
