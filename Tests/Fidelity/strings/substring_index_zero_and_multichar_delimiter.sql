SELECT substring_index('a.b.c', '.', 0) AS zero_count,
       substring_index('a::b::c', '::', 2) AS multi_char,
       substring_index('a::b::c', '::', -1) AS multi_char_neg,
       substring_index('a.b.c', '', 1) AS empty_delim,
       substring_index('', '.', 1) AS empty_input
