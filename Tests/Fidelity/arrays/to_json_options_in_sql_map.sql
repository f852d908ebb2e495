-- data: arrays.json
SELECT id, to_json(info, map('ignoreNullFields', 'false')) AS with_nulls, to_json(named_struct('t', tags), map('ignoreNullFields', 'false')) AS tags_json FROM items
