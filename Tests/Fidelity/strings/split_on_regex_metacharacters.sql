SELECT split('a.b.c', '\\.') AS dot, split('a|b|c', '[|]') AS pipe_class, split('a|b', '|') AS bare_pipe,
       split('a1b22c', '\\d+') AS digits, split('a,b,,c,,', ',') AS trailing, split('a,b,,c,,', ',', -1) AS keep_all,
       split('a,b,c', ',', 0) AS zero_limit, split('abc', '') AS chars, split('', ',') AS empty
