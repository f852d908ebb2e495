-- data: dates.json
SELECT id, extract(DAYOFWEEK_ISO FROM d) AS dow_iso, extract(YEAROFWEEK FROM d) AS yow, extract(WEEK FROM ts) AS wk,
       extract(MINUTE FROM ts) AS mi, extract(SECOND FROM ts) AS sec, typeof(extract(SECOND FROM ts)) AS sec_type,
       date_part('MONTH', d) AS mo, extract(DAY FROM ts) AS dd, datepart('YEAR', d) AS y
FROM dates
