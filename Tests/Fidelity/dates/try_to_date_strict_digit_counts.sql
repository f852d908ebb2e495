SELECT try_to_date('2024-1-5', 'yyyy-M-d') AS short_ok, try_to_date('2024-1-5', 'yyyy-MM-dd') AS short_strict,
       try_to_date('24-01-05', 'yy-MM-dd') AS two_digit_year, try_to_date('2024-01-05 junk', 'yyyy-MM-dd') AS trailing,
       try_to_date('2024/01/05', 'yyyy-MM-dd') AS wrong_sep, try_to_date('Jan 5, 2024', 'MMM d, yyyy') AS month_name,
       try_to_date('05 January 2024', 'dd MMMM yyyy') AS long_month, try_to_date('2023-02-29', 'yyyy-MM-dd') AS not_leap
