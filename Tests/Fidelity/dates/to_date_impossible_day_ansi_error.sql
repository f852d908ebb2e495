SELECT to_date('2024-02-30', 'yyyy-MM-dd') AS d
