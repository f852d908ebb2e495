-- data: dates.json
SELECT id, date_format(ts, 'yyyy-MM-dd''T''HH:mm:ss.SSSXXX') AS iso, date_format(ts, 'Z') AS rfc, date_format(ts, 'z') AS zone,
       date_format(ts, 'VV') AS zone_id, date_format(ts, 'G yyyy') AS era, date_format(ts, '''Q''Q yyyy') AS quoted
FROM dates WHERE id IN (1, 4)
