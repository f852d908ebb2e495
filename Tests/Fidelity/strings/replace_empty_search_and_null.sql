SELECT replace('abc', '') AS empty_search,
       replace('abc', 'b') AS remove_b,
       replace('aaa', 'aa', 'b') AS non_overlapping,
       replace('abc', 'b', NULL) AS null_replacement,
       replace('a.b.c', '.', '') AS dots
