-- data: dates.json
SELECT id,
       trunc(d, 'week') AS wk,
       trunc(d, 'quarter') AS qtr,
       trunc(d, 'MM') AS mon,
       date_trunc('HOUR', ts) AS hr,
       date_trunc('week', ts) AS ts_wk,
       date_trunc('QUARTER', ts) AS ts_q
FROM dates
