-- data: dates.json
SELECT id, to_date(s, 'dd/MM/yyyy') AS parsed FROM dates WHERE id IN (1, 2)
