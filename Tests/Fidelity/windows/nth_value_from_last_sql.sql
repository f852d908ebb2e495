-- data: salaries.json
SELECT id, dept, salary, nth_value(salary, 2) FROM LAST OVER (PARTITION BY dept ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS second_last
FROM salaries
