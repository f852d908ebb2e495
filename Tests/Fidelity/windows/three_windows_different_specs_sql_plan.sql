-- data: salaries.json
SELECT id, dept,
       sum(salary) OVER (PARTITION BY dept) AS dept_total,
       rank() OVER (PARTITION BY dept ORDER BY salary DESC) AS r,
       row_number() OVER (ORDER BY id) AS global_rn,
       count(*) OVER (PARTITION BY name) AS same_name
FROM salaries
