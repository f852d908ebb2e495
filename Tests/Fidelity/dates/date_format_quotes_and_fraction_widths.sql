-- data: dates.json
SELECT id, date_format(ts, 'yyyy-MM-dd''T''') AS trailing_quote, date_format(ts, '''''yyyy''''') AS literal_quotes,
       date_format(ts, 'HH:mm:ss.SSSSSS') AS micros, date_format(ts, 'ss.SSSSSSSSS') AS nanos
FROM dates WHERE id IN (3, 4)
