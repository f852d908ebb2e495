-- data: dates.json
SELECT id, date_format(d, 'yyyy-MM-dd HH:mm:ss') AS midnight, date_format(d, 'hh a') AS twelve FROM dates WHERE id <= 3
