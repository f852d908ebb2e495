-- data: arrays.json
SELECT explode(tags) AS tag, count(*) AS n FROM items GROUP BY explode(tags)
