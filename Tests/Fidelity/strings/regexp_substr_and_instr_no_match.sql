SELECT regexp_substr('abc123def456', '[0-9]+') AS first_number,
       regexp_substr('abcdef', '[0-9]+') AS no_match,
       regexp_instr('abc123', '[0-9]+') AS instr_match,
       regexp_instr('abc', '[0-9]+') AS instr_no_match,
       regexp_count('aaa', 'aa') AS non_overlapping_count
