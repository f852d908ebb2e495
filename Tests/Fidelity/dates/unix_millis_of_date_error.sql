SELECT unix_millis(DATE'2024-03-05') AS ms
