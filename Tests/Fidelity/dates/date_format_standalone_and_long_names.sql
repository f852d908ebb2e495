-- data: dates.json
SELECT id, date_format(d, 'LLLL') AS standalone_month, date_format(d, 'LLL') AS standalone_abbr, date_format(d, 'EEEE') AS day_name,
       date_format(d, 'QQQQ') AS quarter_long, date_format(d, 'dd MMMM yyyy, EEEE') AS long_text
FROM dates WHERE id IN (1, 3, 6)
