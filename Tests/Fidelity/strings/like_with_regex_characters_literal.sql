SELECT 'a.c' LIKE 'a.c' AS dot_literal,
       'abc' LIKE 'a.c' AS dot_not_wildcard,
       'a+b' LIKE 'a+b' AS plus_literal,
       '50%' LIKE '50\\%' AS escaped_percent,
       'a_b' LIKE 'a\\_b' AS escaped_underscore,
       'axb' LIKE 'a\\_b' AS escaped_underscore_no_match,
       'ABC' ILIKE 'a%' AS ilike
