SELECT month, COUNT(*) AS signups
FROM (
  SELECT DATE_FORMAT(COALESCE(TRY_TO_DATE(signed_up, 'yyyy-MM-dd'),
                              TRY_TO_DATE(signed_up, 'dd/MM/yyyy')), 'yyyy-MM') AS month
  FROM signups
) m
WHERE month IS NOT NULL
GROUP BY month
