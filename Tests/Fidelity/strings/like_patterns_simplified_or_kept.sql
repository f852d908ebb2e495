-- data: employees.json
SELECT name,
       name LIKE 'A%' AS starts, name LIKE '%a' AS ends, name LIKE '%an%' AS has, name LIKE 'Bea' AS exact,
       name LIKE 'C_en' AS one_char, name LIKE 'D%a' AS inner_wildcard, name LIKE '%' AS anything,
       name LIKE 'E!%%' ESCAPE '!' AS escaped, name ILIKE 'f%' AS ci_starts, name ILIKE 'g_s' AS ci_kept
FROM employees
WHERE name LIKE '%' AND name NOT LIKE 'Z%'
