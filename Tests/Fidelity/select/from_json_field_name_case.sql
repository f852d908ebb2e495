SELECT from_json('{"Name": "x", "age": 3}', 'name STRING, Age INT') AS p, from_json('{"name": "y"}', 'NAME STRING') AS q
