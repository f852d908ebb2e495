-- data: salaries.json
-- A computed lag default and a two-row sum, evaluated over whole batches.
SELECT id, dept, salary,
  lag(salary, 1, 1000 DIV (id + 2)) OVER (PARTITION BY dept ORDER BY id) AS prev_or_default,
  sum(salary) OVER (PARTITION BY dept ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS pair_sum
FROM salaries
