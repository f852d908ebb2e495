SELECT date_format(TIMESTAMP'2024-03-05 10:00:00', 'XXX') AS xxx, date_format(TIMESTAMP'2024-03-05 10:00:00', 'xxx') AS lower_xxx,
       date_format(TIMESTAMP'2024-03-05 10:00:00', 'O') AS gmt, date_format(TIMESTAMP'2024-03-05 10:00:00', 'ZZZZZ') AS z5,
       date_format(TIMESTAMP'2024-03-05 10:00:00', 'zzzz') AS zone_long
