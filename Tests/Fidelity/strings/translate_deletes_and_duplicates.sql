SELECT translate('abcabc', 'abc', 'x') AS deletes, translate('hello', 'll', 'xy') AS dup_from,
       translate('12-34-56', '-', '') AS strip, translate('abc', '', 'x') AS empty_from, translate(NULL, 'a', 'b') AS nul,
       translate('AaBb', 'ab', 'AB') AS case_sensitive
