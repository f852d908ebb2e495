SELECT split_part('a,b,c', ',', 0)
