SELECT regexp_replace('abc', '(b)', '\\1') AS backslash_one,
       regexp_replace('abc', '(b)', '[$1$1]') AS doubled
