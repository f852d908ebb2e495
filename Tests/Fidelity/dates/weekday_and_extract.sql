-- data: dates.json
SELECT id, weekday(d), extract(YEAR FROM d), extract(DOW FROM d), date_part('quarter', d), EXTRACT(SECOND FROM ts) FROM dates
