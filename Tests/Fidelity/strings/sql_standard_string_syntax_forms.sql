SELECT substring('abcdef' FROM 2 FOR 3) AS sub_from_for, substring('abcdef' FROM 4) AS sub_from,
       overlay('abcdef' PLACING 'XY' FROM 2 FOR 3) AS over_for, trim(BOTH 'x' FROM 'xxaxx') AS both_x,
       trim(LEADING FROM '  a  ') AS leading_space, trim(TRAILING 'b' FROM 'abb') AS trailing_b, position('c' IN 'abcabc') AS pos
