SELECT to_timestamp('Tue, 05 Mar 2024 14:07', 'EEE, dd MMM yyyy HH:mm') AS with_day
