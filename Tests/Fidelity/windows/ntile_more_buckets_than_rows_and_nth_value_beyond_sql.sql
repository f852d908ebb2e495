-- data: salaries.json
SELECT id, dept,
       NTILE(5) OVER (PARTITION BY dept ORDER BY id) AS bucket,
       NTH_VALUE(name, 4) OVER (PARTITION BY dept ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS fourth,
       LEAD(name, 3, 'none') OVER (PARTITION BY dept ORDER BY id) AS third_next
FROM salaries
