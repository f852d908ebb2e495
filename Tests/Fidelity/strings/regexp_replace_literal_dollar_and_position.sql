SELECT regexp_replace('cost 5', '(\\d)', '\\$$1') AS dollar, regexp_replace('aaa', 'a', 'b', 2) AS from_pos,
       regexp_replace('a.b.c', '.', '-') AS any_char, regexp_replace('a.b.c', '\\.', '-') AS dot,
       replace('a.b.c', '.', '') AS plain, regexp_replace('abc', '', '-') AS empty_pattern
