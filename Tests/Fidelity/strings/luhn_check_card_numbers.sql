SELECT luhn_check('79927398713') AS valid,
       luhn_check('79927398710') AS invalid,
       luhn_check('') AS empty,
       luhn_check('7992 7398 713') AS with_spaces,
       luhn_check('0') AS zero
