SELECT timestamp_seconds(1709647629) AS s, timestamp_seconds(1709647629.123456) AS s_frac, timestamp_millis(1709647629123) AS ms,
       timestamp_micros(1709647629123456) AS us, timestamp_seconds(-1) AS neg, typeof(timestamp_seconds(1.5)) AS t
