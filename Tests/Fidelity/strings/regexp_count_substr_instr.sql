SELECT regexp_count('a1b22c333', '\\d+') AS runs, regexp_substr('order-123-x', '\\d+') AS first_num,
       regexp_substr('abc', '\\d+') AS none, regexp_instr('order-123', '\\d+') AS at, regexp_instr('abc', 'z') AS not_found,
       regexp('abc', '^a') AS regexp_fn, regexp_like('ABC', '(?i)abc') AS ci
