SELECT elt(4, 'x', 'y', 'z')
