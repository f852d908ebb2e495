-- data: dates.json
SELECT id, add_months(d, NULL) AS am, date_add(d, NULL) AS da, months_between(d, NULL) AS mb, datediff(NULL, d) AS dd,
       date_from_unix_date(NULL) AS dfu, last_day(NULL) AS ld, typeof(date_add(d, NULL)) AS t
FROM dates WHERE id = 1
