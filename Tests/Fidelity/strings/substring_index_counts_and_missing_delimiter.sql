SELECT substring_index('a.b.c.d', '.', 2) AS first2, substring_index('a.b.c.d', '.', -1) AS last,
       substring_index('a.b.c.d', '.', -3) AS last3, substring_index('a.b.c.d', '.', 0) AS zero,
       substring_index('a.b.c.d', '.', 10) AS too_many, substring_index('a.b.c.d', '.', -10) AS too_many_neg,
       substring_index('a::b::c', '::', -2) AS multi_char, substring_index('abc', ',', 1) AS missing,
       substring_index('www.apache.org', '', 1) AS empty_delim
