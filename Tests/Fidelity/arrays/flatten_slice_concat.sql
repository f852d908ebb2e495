-- data: arrays.json
SELECT id, flatten(array(tags, array('q'))), slice(scores, 1, 2), concat(tags, array('end')), array_join(tags, ',', '?') FROM items
