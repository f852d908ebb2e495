SELECT printf('%s has %d items costing %.2f', 'cart', 3, 9.5D) AS mixed,
       printf('%b %c', true, 65) AS bool_and_char,
       printf('%10.3f|', 3.14159D) AS width_precision,
       printf('%-8s|', 'ab') AS left_justify,
       printf('%%') AS percent
