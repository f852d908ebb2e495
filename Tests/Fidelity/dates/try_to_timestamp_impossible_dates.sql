SELECT try_to_timestamp('2024-02-30 10:00:00', 'yyyy-MM-dd HH:mm:ss') AS bad_day, try_to_timestamp('2024-02-29 24:00:00', 'yyyy-MM-dd HH:mm:ss') AS bad_hour,
       try_to_timestamp('2024-02-29 10:00:00', 'yyyy-MM-dd HH:mm:ss') AS fine, try_to_timestamp('', 'yyyy-MM-dd') AS empty
