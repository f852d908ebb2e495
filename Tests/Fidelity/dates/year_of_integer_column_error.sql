-- data: dates.json
SELECT year(id) AS y FROM dates
