SELECT find_in_set('a,b', 'a,b,c') AS comma_in_search,
       find_in_set('', 'a,,b') AS empty_item,
       find_in_set('c', 'a,b,c') AS third,
       find_in_set('C', 'a,b,c') AS case_sensitive,
       find_in_set('x', '') AS empty_list,
       find_in_set(NULL, 'a') AS null_search
