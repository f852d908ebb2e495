SELECT to_number('$1,234.50', '$9,999.99') AS money, to_number('-12.5', 'S99.9') AS signed, to_number('0045', '9999') AS zeros,
       try_to_number('abc', '999') AS bad, typeof(to_number('12.5', '99.9')) AS t, to_char(1234.5, '9,999.99') AS as_text
