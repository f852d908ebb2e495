-- data: arrays.json
SELECT id, try_element_at(tags, 5), element_at(attrs, 'x'), attrs['missing'] FROM items
