-- data: arrays.json
SELECT explode(tags), count(*) FROM items
