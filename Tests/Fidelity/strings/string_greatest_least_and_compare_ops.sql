SELECT greatest('apple', 'Apple', 'banana') AS g,
       least('apple', 'Apple', 'banana') AS l,
       'abc' < 'abd' AS lt,
       'Z' < 'a' AS upper_before_lower,
       'a' < 'a ' AS shorter_prefix_first,
       '10' < '9' AS textual_numbers
