SELECT from_utc_timestamp(TIMESTAMP'2024-01-01 00:00:00', 'Mars/Base') AS x
