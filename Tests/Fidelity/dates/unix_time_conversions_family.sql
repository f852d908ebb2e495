-- data: dates.json
SELECT id, unix_timestamp(ts) AS ut, unix_timestamp(d) AS ud, to_unix_timestamp(s, 'yyyy-MM-dd') AS tu,
       unix_millis(ts) AS um, unix_seconds(ts) AS us, unix_date(d) AS days,
       from_unixtime(unix_timestamp(ts), 'dd/MM/yyyy HH:mm') AS back
FROM dates WHERE id IN (1, 6, 7)
