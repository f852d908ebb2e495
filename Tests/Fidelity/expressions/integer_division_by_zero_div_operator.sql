-- data: numbers.json
SELECT id, a div b AS q FROM nums WHERE id IN (1, 3)
