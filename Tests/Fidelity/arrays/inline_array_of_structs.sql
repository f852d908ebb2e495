SELECT inline(array(struct(1, 'a'), struct(2, 'b')))
