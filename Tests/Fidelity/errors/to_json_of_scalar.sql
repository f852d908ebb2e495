SELECT to_json(1)
