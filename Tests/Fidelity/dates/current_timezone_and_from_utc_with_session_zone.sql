SELECT current_timezone() AS tz, from_utc_timestamp(TIMESTAMP'2024-07-01 12:00:00', 'Europe/London') AS london,
       to_utc_timestamp(TIMESTAMP'2024-07-01 12:00:00', 'Asia/Kolkata') AS from_kolkata, date_format(TIMESTAMP'2024-07-01 12:00:00', 'z') AS z
