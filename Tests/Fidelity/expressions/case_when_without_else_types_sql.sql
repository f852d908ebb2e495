SELECT CASE WHEN 1 = 2 THEN 1 END AS no_else, typeof(CASE WHEN 1 = 2 THEN 1 END) AS no_else_type,
       CASE 3 WHEN 1 THEN 'one' WHEN 3 THEN 'three' END AS simple_case,
       CASE NULL WHEN NULL THEN 'matched' ELSE 'not matched' END AS null_operand
