SELECT next_day(DATE'2024-03-05', 'Tuesday') AS same_weekday_goes_forward, next_day(DATE'2024-03-05', 'sun') AS sun,
       next_day(DATE'2024-03-05', 'FRIDAY') AS fri, next_day(TIMESTAMP'2024-03-05 23:00:00', 'WE') AS from_ts, next_day(DATE'2024-03-05', NULL) AS null_day
