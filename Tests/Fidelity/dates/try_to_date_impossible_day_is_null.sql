SELECT try_to_date('2024-02-30', 'yyyy-MM-dd') AS bad_day, try_to_date('2023-02-29') AS not_leap, try_to_date('2024-02-29') AS leap, try_to_date('31.12.2024', 'dd.MM.yyyy') AS dotted
