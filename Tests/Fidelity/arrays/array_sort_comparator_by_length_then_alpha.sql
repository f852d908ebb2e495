SELECT array_sort(words, (l, r) -> CASE WHEN length(l) < length(r) THEN -1
                                        WHEN length(l) > length(r) THEN 1
                                        WHEN l < r THEN -1 WHEN l > r THEN 1 ELSE 0 END) AS by_length,
       array_sort(words) AS natural,
       sort_array(words, false) AS descending
FROM VALUES (array('pear', 'fig', 'banana', 'kiwi', 'apple')), (array('b', 'a', 'cc', 'a'))
  AS t(words)
