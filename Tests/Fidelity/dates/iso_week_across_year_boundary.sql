SELECT d, weekofyear(d) AS wk, year(d) AS y, dayofweek(d) AS dow, weekday(d) AS wd, date_format(d, 'E') AS e
FROM VALUES (DATE'2024-12-30'), (DATE'2021-01-03'), (DATE'2020-12-31'), (DATE'2023-01-01'), (DATE'2026-01-01') AS t(d)
