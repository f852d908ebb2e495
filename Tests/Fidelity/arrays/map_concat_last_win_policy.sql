-- conf: spark.sql.mapKeyDedupPolicy=LAST_WIN
SELECT map_concat(map('a', 1, 'b', 2), map('a', 10)) AS merged,
       map('k', 1, 'k', 2) AS literal_dups,
       map_from_arrays(array('x', 'x'), array(1, 2)) AS from_arrays_dups
