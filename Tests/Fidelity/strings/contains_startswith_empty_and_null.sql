SELECT contains('abc', '') AS contains_empty,
       startswith('abc', '') AS starts_empty,
       endswith('', '') AS both_empty,
       contains(NULL, 'a') AS null_left,
       contains('abc', NULL) AS null_right,
       startswith('Abc', 'a') AS case_sensitive
