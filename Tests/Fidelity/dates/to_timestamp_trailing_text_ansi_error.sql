SELECT to_timestamp('2024-03-05 14:07:09 extra', 'yyyy-MM-dd HH:mm:ss') AS ts
