SELECT translate('héllo', 'é', 'e') AS accent,
       translate('abc', '', 'x') AS empty_from,
       translate('abc', 'abc', '') AS delete_all,
       translate(NULL, 'a', 'b') AS null_input,
       translate('aabbcc', 'abc', 'xy') AS shorter_to
