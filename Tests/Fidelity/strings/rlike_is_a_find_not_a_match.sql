SELECT 'abc123' RLIKE '[0-9]' AS contains_digit,
       'abc123' RLIKE '^[0-9]' AS starts_digit,
       regexp_like('Spark', 'spark') AS case_sensitive,
       regexp_like('Spark', '(?i)spark') AS inline_flag,
       regexp('a.c', 'a\\.c') AS escaped_dot,
       'line1\nline2' RLIKE '^line2' AS multiline_anchor
