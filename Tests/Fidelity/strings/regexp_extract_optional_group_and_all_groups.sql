SELECT regexp_extract('ac', 'a(b)?c', 1) AS unmatched_group, regexp_extract('xyz', '(\\d+)', 1) AS no_match,
       regexp_extract_all('a1b22c333', '(\\d+)', 1) AS nums, regexp_extract_all('a1b22c333', '[a-z](\\d)', 0) AS whole,
       regexp_extract_all('k1=v1;k2=v2', '(\\w+)=(\\w+)', 2) AS vals, regexp_extract(NULL, '(a)', 1) AS null_in,
       regexp_extract('2024-05-06', '(\\d{4})-(\\d{2})', 0) AS grp0
