-- data: words.json
SELECT word, count(*) AS n
FROM lines LATERAL VIEW explode(split(lower(text), '\\s+')) w AS word
WHERE word != ''
GROUP BY word
HAVING count(*) > 1
