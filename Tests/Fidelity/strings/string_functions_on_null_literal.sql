SELECT upper(NULL), length(NULL), concat('a', NULL), concat_ws('-', 'a', NULL, 'b'), coalesce(NULL, 'x')
