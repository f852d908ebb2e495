-- data: strings.json
SELECT lower(split_part(email, '@', 2)) AS domain, count(*) AS n, sort_array(collect_list(id)) AS ids
FROM people
WHERE email RLIKE '^[^@]+@[^@]+$'
GROUP BY 1
