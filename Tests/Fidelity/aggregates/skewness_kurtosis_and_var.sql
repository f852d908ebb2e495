-- data: salaries.json
SELECT dept, round(skewness(salary), 6) AS skew, round(kurtosis(salary), 6) AS kurt,
       round(var_pop(salary), 4) AS vp, count(salary) AS n
FROM salaries
GROUP BY dept
