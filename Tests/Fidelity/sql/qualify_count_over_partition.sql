-- data: salaries.json
SELECT dept, name FROM salaries QUALIFY count(*) OVER (PARTITION BY dept) >= 3
