SELECT trim(BOTH 'xy' FROM 'yxhixyx') AS both_set, trim(TRAILING '.' FROM 'end...') AS trailing_dot,
       trim(LEADING FROM '  lead  ') AS lead_spaces, trim('  tab	') AS tab_kept, trim(BOTH FROM '  both  ') AS both_default,
       ltrim('  a  ') AS lt, rtrim('xxaxx', 'x') AS rt, btrim('xyaxy', 'xy') AS bt, trim('abc', 'abc') AS all_removed
