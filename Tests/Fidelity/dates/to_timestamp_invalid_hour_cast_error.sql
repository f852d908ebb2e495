SELECT to_timestamp('2024-03-05 25:00:00') AS ts
