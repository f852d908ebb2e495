-- data: dates.json
SELECT datepart('YEAR', d), date_part('YEAR', d), extract(YEAR FROM d), datepart('HOUR', ts) FROM dates
