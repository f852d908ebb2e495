SELECT date_trunc('week', TIMESTAMP'2024-03-10 23:00:00') AS sunday, date_trunc('WEEK', DATE'2025-01-01') AS new_year_wednesday,
       trunc(DATE'2021-01-03', 'week') AS trunc_sunday, date_trunc('quarter', DATE'2024-12-31') AS q4
