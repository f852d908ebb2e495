SELECT trunc(d, 'YEAR') AS y, trunc(d, 'yy') AS yy, trunc(d, 'QUARTER') AS q, trunc(d, 'MON') AS mon,
       trunc(d, 'mm') AS mm, trunc(d, 'WEEK') AS w, trunc(d, 'DD') AS dd, trunc(d, 'hour') AS h,
       trunc('2024-08-17', 'MM') AS from_string
FROM VALUES (DATE'2024-08-17'), (DATE'2024-01-01'), (NULL) AS t(d)
