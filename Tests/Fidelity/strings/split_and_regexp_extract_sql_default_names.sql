SELECT split('a,b,c', ',', 2), regexp_extract('x12y', '(\\d+)', 1), regexp_extract('x12y', '(\\d+)'), initcap('HELLO WORLD'), lpad('a', 3), substr('hello', 2)
