SELECT -7.5D % 2 AS neg_double_mod,
       pmod(-7.5D, 2) AS neg_double_pmod,
       mod(7, -3) AS mod_neg_divisor,
       pmod(7, -3) AS pmod_neg_divisor,
       -7 % 3 AS neg_int_mod,
       CAST(-7.5 AS DECIMAL(3, 1)) % 2 AS dec_mod,
       5.5D % double('Infinity') AS mod_inf,
       double('Infinity') % 2 AS inf_mod
