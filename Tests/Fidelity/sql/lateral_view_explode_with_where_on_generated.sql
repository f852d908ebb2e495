-- data: documents.json
SELECT word, count(*) AS n FROM documents LATERAL VIEW explode(split(lower(body), ' ')) w AS word WHERE word <> '' GROUP BY word HAVING count(*) > 1
