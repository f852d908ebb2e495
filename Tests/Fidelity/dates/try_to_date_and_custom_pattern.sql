-- data: dates.json
SELECT id, s, try_to_timestamp(s), to_date(s, 'dd/MM/yyyy') IS NULL FROM dates WHERE id = 2
