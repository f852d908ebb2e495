SELECT to_timestamp('2024-03-05 02:07 PM', 'yyyy-MM-dd hh:mm a') AS pm, to_timestamp('2024-03-05 12:00 AM', 'yyyy-MM-dd hh:mm a') AS midnight,
       to_timestamp('2024-03-05 12:30 pm', 'yyyy-MM-dd hh:mm a') AS lower_pm
