SELECT date_part('EPOCH', TIMESTAMP'2024-03-05 10:00:00') AS epoch_seconds
