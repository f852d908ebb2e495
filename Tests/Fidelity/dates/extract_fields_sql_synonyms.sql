-- data: dates.json
SELECT id, extract(YEARS FROM ts) AS ys, extract(MON FROM ts) AS mon, extract(DAYS FROM ts) AS dys, extract(H FROM ts) AS h,
       extract(MINS FROM ts) AS mins, extract(DAYOFWEEK_ISO FROM d) AS dow_iso, extract(YEAROFWEEK FROM d) AS yow, date_part('D', d) AS dpart
FROM dates WHERE id IN (1, 4, 5)
