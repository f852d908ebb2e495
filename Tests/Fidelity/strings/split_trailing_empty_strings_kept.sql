SELECT split('a,b,,', ',') AS trailing,
       split(',a', ',') AS leading,
       split('', ',') AS empty_input,
       split('abc', '') AS empty_pattern,
       split('a,b,c', ',', 0) AS limit_zero,
       split('a,b,c', ',', 2) AS limit_two,
       split('a,b,,', ',', -1) AS limit_negative
