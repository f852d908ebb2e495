WITH days AS (
  SELECT store_id, report_date
  FROM reports
  WHERE store_id IS NOT NULL AND report_date IS NOT NULL
),
spans AS (
  SELECT store_id, MIN(report_date) AS first_day, MAX(report_date) AS last_day
  FROM days
  GROUP BY store_id
),
expected AS (
  SELECT store_id, missing_date
  FROM spans
  LATERAL VIEW explode(sequence(first_day, last_day)) calendar AS missing_date
)
SELECT expected.store_id, expected.missing_date
FROM expected
LEFT ANTI JOIN days
  ON expected.store_id = days.store_id AND expected.missing_date = days.report_date
