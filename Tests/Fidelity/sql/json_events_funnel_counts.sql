SELECT get_json_object(js, '$.step') AS step, count(DISTINCT get_json_object(js, '$.user')) AS users
FROM VALUES ('{"user": "u1", "step": "view"}'), ('{"user": "u1", "step": "cart"}'), ('{"user": "u2", "step": "view"}'),
            ('{"user": "u2", "step": "view"}'), ('{"user": "u3", "step": "buy"}') AS t(js)
GROUP BY 1
