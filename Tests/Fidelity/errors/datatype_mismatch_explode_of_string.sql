-- data: employees.json
SELECT explode(name) FROM employees
