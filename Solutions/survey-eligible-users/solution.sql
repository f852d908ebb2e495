SELECT user_id, name, country, age
FROM (
  SELECT user_id, name, country,
         year(DATE '2025-06-30') - year(birth_date)
           - CASE WHEN date_format(birth_date, 'MM-dd') > '06-30' THEN 1 ELSE 0 END AS age
  FROM users
) aged
WHERE age >= 18
  AND (country IS NULL OR country <> 'India')
