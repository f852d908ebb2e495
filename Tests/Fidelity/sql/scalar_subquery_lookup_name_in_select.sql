-- data: managers.json
SELECT s.name, (SELECT m.name FROM staff m WHERE m.id = s.manager_id) AS manager FROM staff s
