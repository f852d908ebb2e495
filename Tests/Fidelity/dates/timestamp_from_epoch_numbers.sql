SELECT timestamp_seconds(1.5) AS s, timestamp_seconds(1700000000) AS s2, timestamp_millis(1700000000123) AS ms,
       timestamp_micros(1) AS us, date_from_unix_date(19000) AS dt, from_unixtime(0) AS epoch,
       from_unixtime(86399, 'HH:mm:ss') AS clock, typeof(timestamp_seconds(1.5)) AS t
