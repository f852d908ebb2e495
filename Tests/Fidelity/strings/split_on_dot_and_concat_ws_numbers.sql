SELECT split('a.b', '.') AS any_char, split('a.b', '[.]') AS literal_dot, concat_ws('-', 1, 2.5, true) AS mixed,
       concat_ws('/', CAST(NULL AS STRING)) AS only_null, split('a,b', ',', 1) AS limit_one, split('  a b ', ' ') AS spaces
