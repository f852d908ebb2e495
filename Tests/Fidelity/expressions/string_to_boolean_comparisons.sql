SELECT true = 'true' AS bool_eq_str, true = 'yes' AS bool_eq_yes, 1 = true AS int_eq_bool_cast
