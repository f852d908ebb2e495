SELECT to_char(123.45, '999.99') AS plain,
       to_char(-12.5, 'S999.99') AS signed,
       to_char(1234.5, '9,999.00') AS grouped,
       to_char(7, '000') AS zeros,
       to_varchar(123.45, '$999.99') AS dollar
