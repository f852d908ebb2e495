-- data: dates.json
SELECT id, date_format(d, 'QQQ'), date_format(d, 'MMMM'), date_format(ts, 'hh:mm a'), date_format(d, 'D') FROM dates WHERE id < 4
