SELECT locate('', 'abc') AS empty_sub, locate('b', 'abcb', 0) AS start0, locate('b', 'abcb', 3) AS from3,
       locate('b', 'abc', 10) AS beyond, instr('abc', '') AS instr_empty, position('c' IN 'abcabc') AS pos_in,
       position('c', 'abcabc', 4) AS pos3, instr(NULL, 'a') AS nul, locate('B', 'abc') AS case_sensitive
