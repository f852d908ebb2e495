SELECT 'a' || NULL AS with_null, 'v' || 1 || 2.5 AS with_numbers, concat('x', NULL, 'y') AS concat_null,
       concat_ws('-', 'x', NULL, 'y') AS ws, 1 || 2 AS ints, DATE'2024-01-02' || '!' AS with_date
