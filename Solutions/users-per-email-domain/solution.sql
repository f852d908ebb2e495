SELECT domain, COUNT(*) AS users
FROM (
  SELECT LOWER(TRIM(REGEXP_EXTRACT(email, '@([^@]*)$', 1))) AS domain
  FROM users
) d
WHERE domain <> ''
GROUP BY domain
