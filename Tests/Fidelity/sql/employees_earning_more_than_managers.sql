-- data: managers.json
SELECT e.name AS employee FROM staff e JOIN staff m ON e.manager_id = m.id WHERE e.salary > m.salary
