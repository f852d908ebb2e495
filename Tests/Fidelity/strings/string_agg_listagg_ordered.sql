-- data: salaries.json
SELECT dept, string_agg(name, ',') WITHIN GROUP (ORDER BY name) AS names,
       listagg(DISTINCT CAST(salary AS STRING), '|') WITHIN GROUP (ORDER BY CAST(salary AS STRING)) AS pays
FROM salaries
GROUP BY dept
