-- data: dates.json
SELECT date_format(id, 'yyyy') AS y FROM dates
