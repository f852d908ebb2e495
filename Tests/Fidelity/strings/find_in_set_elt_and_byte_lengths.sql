SELECT find_in_set('b', 'a,b,c') AS found, find_in_set('d', 'a,b,c') AS missing, find_in_set('a,b', 'a,b') AS comma,
       elt(2, 'x', 'y', 'z') AS second, char_length('héllo') AS chars, octet_length('héllo') AS bytes,
       bit_length('abc') AS bits, character_length('') AS zero
