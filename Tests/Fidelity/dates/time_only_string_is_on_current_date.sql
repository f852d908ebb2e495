SELECT CAST(CAST('10:00' AS TIMESTAMP) AS DATE) = current_date() AS today, date_format(CAST('10:15:30' AS TIMESTAMP), 'HH:mm:ss') AS clock,
       date_format(to_timestamp('T08:05'), 'HH:mm') AS t_prefix, hour(CAST('7:00' AS TIMESTAMP)) AS h, try_cast('25:00' AS TIMESTAMP) AS bad_hour
