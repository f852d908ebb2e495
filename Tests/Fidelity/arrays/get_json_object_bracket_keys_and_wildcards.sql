SELECT get_json_object('{"a b": 1, "c": {"d e": [1, 2]}}', '$[\'a b\']') AS quoted_key,
       get_json_object('{"a b": 1, "c": {"d e": [1, 2]}}', '$.c[\'d e\'][0]') AS nested_quoted,
       get_json_object('{"xs": [{"k": 1}, {"k": 2}]}', '$.xs[*].k') AS wildcard_field,
       get_json_object('{"xs": []}', '$.xs[0]') AS missing_index,
       get_json_object('[1, 2, 3]', '$[2]') AS root_array
