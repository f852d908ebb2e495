SELECT regexp_extract('abc', '(a)(b)', 3)
