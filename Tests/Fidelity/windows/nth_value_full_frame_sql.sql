-- data: salaries.json
SELECT id, dept, salary,
       nth_value(salary, 2) OVER (PARTITION BY dept ORDER BY salary DESC NULLS LAST
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS second_best,
       last_value(name) OVER (PARTITION BY dept ORDER BY salary DESC NULLS LAST
                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS lowest_name
FROM salaries
