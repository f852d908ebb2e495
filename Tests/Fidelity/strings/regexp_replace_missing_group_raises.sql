SELECT regexp_replace('abc', '(a)', '$2')
