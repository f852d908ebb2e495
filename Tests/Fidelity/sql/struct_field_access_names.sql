-- data: arrays.json
SELECT info.color, info['size'], attrs['x'], tags[0], element_at(tags, -1), scores[1] + 1, attrs.x FROM items WHERE id IN (1, 2)
