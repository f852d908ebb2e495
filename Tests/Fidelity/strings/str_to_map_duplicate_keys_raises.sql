SELECT str_to_map('a:1,a:2')
