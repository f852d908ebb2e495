SELECT -2147483648 % -1 AS rem,
       -2147483648 DIV -1 AS div_widened,
       pmod(-2147483648, -1) AS pm,
       typeof(-2147483648) AS literal_type,
       abs(-2147483648L) AS abs_as_bigint
