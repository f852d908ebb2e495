SELECT elt(CAST(NULL AS INT), 'a', 'b') AS null_index,
       elt(2, 'a', NULL) AS null_value,
       elt(1, 10, 20) AS int_values,
       typeof(elt(1, 10, 20)) AS int_values_type
