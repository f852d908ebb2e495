-- data: words.json
SELECT word, count(*) AS n FROM (SELECT explode(split(lower(text), ' ')) AS word FROM lines) WHERE word <> '' GROUP BY word
