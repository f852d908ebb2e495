-- data: arrays.json
SELECT s.* FROM (SELECT struct(id, id * 2, info.size, 'lit', upper(info.color)) AS s FROM items)
