-- data: dates.json
SELECT id, to_date(s, 'dd/MM/yyyy') FROM dates WHERE id = 2 OR id = 3
