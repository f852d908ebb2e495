SELECT array_repeat('a', 3) AS three,
       array_repeat('a', 0) AS zero,
       array_repeat('a', -2) AS negative,
       array_repeat(CAST(NULL AS STRING), 2) AS null_element,
       array_repeat('a', CAST(NULL AS INT)) AS null_count
