-- data: dates.json
SELECT id, d, last_day(d), next_day(d, 'Mon'), next_day(d, 'sunday') FROM dates
