-- data: dates.json
SELECT id, extract(YEAR FROM d) AS y, extract(DOW FROM d) AS dow, extract(DOY FROM d) AS doy,
       date_part('week', d) AS wk, extract(HOUR FROM ts) AS h, extract(SECOND FROM ts) AS sec,
       date_part('quarter', ts) AS q, dayname(d) AS dname, monthname(d) AS mname
FROM dates
