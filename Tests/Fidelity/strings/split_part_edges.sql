SELECT split_part('a,b,c', ',', 5) AS past_end,
       split_part('a,b,c', ',', -1) AS last,
       split_part('a,b,c', ',', -4) AS before_start,
       split_part('a,b,c', '', 1) AS empty_delimiter,
       split_part('a.b', '.', 2) AS dot_is_literal,
       split_part('', ',', 1) AS empty_input
