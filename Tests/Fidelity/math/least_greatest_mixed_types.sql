SELECT greatest(1, 2.5, 3L), least(1, 2.5), typeof(greatest(1, 2.5)), greatest('a', 'B'), least(DATE'2024-01-01', DATE'2023-12-31')
