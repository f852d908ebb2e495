-- data: strings.json
SELECT id, concat_ws('-', name, phone) AS ws, concat(name, '-', phone) AS c, concat_ws('', 'a', NULL, 'b') AS nosep,
       concat_ws(NULL, 'a', 'b') AS null_sep, concat_ws(',', array('x', NULL, 'y'), 'z') AS arr, concat_ws('|') AS nothing
FROM people
