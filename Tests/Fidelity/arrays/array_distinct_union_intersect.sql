-- data: arrays.json
SELECT id, array_distinct(tags), array_union(tags, array('z')), array_intersect(tags, array('a', 'b')), array_except(tags, array('b')) FROM items
