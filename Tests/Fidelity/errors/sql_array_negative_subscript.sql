SELECT array(1, 2)[-1]
