SELECT repeat('ab', -1) AS negative,
       repeat('ab', 0) AS zero,
       repeat('', 5) AS empty_input,
       repeat('ab', CAST(NULL AS INT)) AS null_count,
       repeat(5, 2) AS number_input
