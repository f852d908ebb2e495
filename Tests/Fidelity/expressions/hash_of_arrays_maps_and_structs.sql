SELECT hash(array(1, 2)) AS h_array, hash(array()) AS h_empty, hash(struct(1, 'a')) AS h_struct,
       hash(array(CAST(NULL AS INT))) AS h_null_elem, hash('') AS h_empty_str
