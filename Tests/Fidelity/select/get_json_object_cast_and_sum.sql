SELECT get_json_object(js, '$.type') AS type, sum(CAST(get_json_object(js, '$.amount') AS DECIMAL(10, 2))) AS total, count(get_json_object(js, '$.ref')) AS with_ref
FROM VALUES ('{"type": "card", "amount": "12.50", "ref": "x1"}'), ('{"type": "card", "amount": 7.25}'), ('{"type": "cash", "amount": 3}') AS t(js)
GROUP BY 1
