SELECT from_utc_timestamp(TIMESTAMP'2024-07-01 12:00:00', 'Mars/Olympus') AS x
