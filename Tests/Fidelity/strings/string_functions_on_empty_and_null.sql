SELECT s, length(s) AS len, upper(s) AS up, concat(s, 'x') AS c, concat_ws('-', s, 'x', NULL) AS cw,
  substring(s, 1, 2) AS sub, trim(s) AS tr, lpad(s, 3, '*') AS lp, split(s, ',') AS sp,
  instr(s, '') AS ins, replace(s, 'a', '') AS rep, reverse(s) AS rev, nullif(s, '') AS nul
FROM VALUES (''), (NULL), ('a,b'), (' ') AS t(s)
