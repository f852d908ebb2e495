-- data: dates.json
SELECT id FROM dates WHERE d > 'yesterday'
