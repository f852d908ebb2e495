SELECT sqrt('16') AS sqrt_str, typeof(sqrt('16')) AS sqrt_type, exp('0') AS exp_str, ln('1') AS ln_str, '3' * 2 AS str_times_int, typeof('3' * 2) AS times_type
