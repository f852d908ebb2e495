SELECT get_json_object('{"a": {"b": [10, 20]}}', '$.a.b[1]') AS nested_index,
       get_json_object('{"a": true}', '$.a') AS bool_value,
       get_json_object('{"a": 1.50}', '$.a') AS number_text,
       get_json_object('{"a": null}', '$.a') AS json_null,
       get_json_object('{bad json', '$.a') AS invalid,
       get_json_object('{"a": 1}', 'a') AS path_without_dollar,
       get_json_object('{"a": {"c": "d"}}', '$.a') AS object_value
