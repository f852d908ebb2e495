SELECT date_trunc('yyyy', ts) AS yyyy, date_trunc('yy', ts) AS yy, date_trunc('mon', ts) AS mon, date_trunc('mm', ts) AS mm, date_trunc('dd', ts) AS dd,
       date_trunc('HOUR', ts) AS h, date_trunc('Week', ts) AS wk, date_trunc('second', ts) AS sec
FROM VALUES (TIMESTAMP'2024-12-29 23:59:59.999999'), (TIMESTAMP'2024-01-01 00:00:00') AS t(ts)
