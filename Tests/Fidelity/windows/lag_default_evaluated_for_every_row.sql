-- data: salaries.json
-- Spark evaluates the default of lag at every row, even where the row before is used: 1000 DIV (id - 2)
-- divides by zero at id 2, which has a previous row.
SELECT id, dept, salary,
  lag(salary, 1, 1000 DIV (id - 2)) OVER (PARTITION BY dept ORDER BY id) AS prev_or_default,
  sum(salary) OVER (PARTITION BY dept ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS pair_sum
FROM salaries
