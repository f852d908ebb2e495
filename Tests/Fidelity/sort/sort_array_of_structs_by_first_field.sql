SELECT sort_array(array(struct(2, 'b'), struct(1, 'z'), struct(2, 'a')))
