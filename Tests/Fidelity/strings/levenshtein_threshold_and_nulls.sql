SELECT levenshtein('kitten', 'sitting') AS d, levenshtein('kitten', 'sitting', 2) AS over, levenshtein('kitten', 'sitting', 3) AS at,
       levenshtein('', 'abc') AS empty, levenshtein('abc', NULL) AS nul, levenshtein('ÄB', 'AB') AS unicode,
       levenshtein('Abc', 'abc') AS case_diff
