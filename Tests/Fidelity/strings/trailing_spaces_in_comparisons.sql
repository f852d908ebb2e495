SELECT 'a' = 'a ' AS eq, 'a' < 'a ' AS lt, length('a ') AS len, 'abc' LIKE 'abc ' AS like_space, 'Abc' < 'abc' AS upper_first,
       'b' > 'abc' AS lexical, '10' < '9' AS numeric_text, rtrim('a ') = 'a' AS trimmed
