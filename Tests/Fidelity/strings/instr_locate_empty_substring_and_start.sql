SELECT instr('abc', '') AS instr_empty,
       locate('', 'abc') AS locate_empty,
       locate('b', 'abcb', 0) AS start_zero,
       locate('b', 'abcb', 3) AS start_three,
       locate('b', 'abcb', 10) AS start_past_end,
       position('c' IN 'abc') AS position_in,
       locate('', 'abc', 2) AS empty_from_two
