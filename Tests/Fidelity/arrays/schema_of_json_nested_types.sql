SELECT schema_of_json('{"a": 1, "b": [1.5, 2], "c": {"d": "x", "e": null}, "f": true, "g": 12345678901}') AS s1,
       schema_of_json('[{"k": 1}, {"k": "two"}]') AS s2,
       schema_of_json('{"a": []}') AS s3
