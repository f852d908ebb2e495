SELECT dayofweek('2024-01-01') AS dow, dayofmonth('2024-02-29') AS dom, dayofyear('2024-12-31') AS doy,
       weekofyear('2021-01-03') AS wk53, weekofyear('2024-12-30') AS wk1, quarter('2024-10-01') AS q,
       weekday('2024-01-07') AS wd, month('2024-07-04 10:00:00') AS m, year('0099-01-01') AS y
