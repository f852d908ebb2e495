SELECT to_timestamp('2024-03-05', 'yyyy-MM-dd bb') AS ts
