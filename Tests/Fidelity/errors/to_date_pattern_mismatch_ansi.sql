SELECT to_date('2024/01/15', 'yyyy-MM-dd')
