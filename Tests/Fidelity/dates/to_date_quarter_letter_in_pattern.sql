SELECT to_date('2024-03-05 Q1', 'yyyy-MM-dd QQ') AS with_quarter
