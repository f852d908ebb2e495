SELECT datediff(TIMESTAMP'2024-03-06 00:00:01', TIMESTAMP'2024-03-05 23:59:59') AS crosses_midnight,
       datediff('2024-03-06 23:00:00', '2024-03-06 01:00:00') AS same_day_strings, datediff(DATE'2024-03-01', '2024-02-01') AS mixed,
       timestampdiff(DAY, TIMESTAMP'2024-03-05 23:59:59', TIMESTAMP'2024-03-06 00:00:01') AS tsdiff_day
