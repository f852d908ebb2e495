SELECT to_timestamp('2024-01-01 10:15:00 PM', 'yyyy-MM-dd hh:mm:ss a') AS pm,
       to_timestamp('2024-01-01 10:00:00.123456', 'yyyy-MM-dd HH:mm:ss.SSSSSS') AS micros,
       to_timestamp('01-15-2024 14:30', 'MM-dd-yyyy HH:mm') AS us,
       to_timestamp('20240115', 'yyyyMMdd') AS compact,
       to_timestamp('2024-01-15T08:00:00Z') AS iso_zulu,
       to_timestamp('2024-01-15 08:00:00+02:00') AS offset
