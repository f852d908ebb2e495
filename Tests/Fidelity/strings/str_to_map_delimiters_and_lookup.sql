SELECT str_to_map('a:1,b:2') AS default_delims, str_to_map('k1=v1;k2=v2', ';', '=')['k2'] AS lookup,
       str_to_map('a') AS no_value, map_keys(str_to_map('x:1,y:2,z:3')) AS ks, str_to_map('a:1:2') AS extra_colon
