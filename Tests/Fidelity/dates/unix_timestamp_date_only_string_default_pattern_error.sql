SELECT unix_timestamp('2024-03-05') AS u
