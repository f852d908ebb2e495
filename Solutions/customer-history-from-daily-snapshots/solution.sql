WITH rows_in_order AS (
  SELECT customer_id, snapshot_date, tier, city,
         LEAD(snapshot_date) OVER (PARTITION BY customer_id ORDER BY snapshot_date, row_id) AS next_day
  FROM customer_snapshots
  WHERE customer_id IS NOT NULL AND snapshot_date IS NOT NULL
),
daily AS (
  SELECT customer_id, snapshot_date, tier, city
  FROM rows_in_order
  WHERE next_day IS NULL OR next_day <> snapshot_date
),
flagged AS (
  SELECT *,
         LAG(snapshot_date) OVER w IS NULL
           OR NOT (tier <=> LAG(tier) OVER w)
           OR NOT (city <=> LAG(city) OVER w) AS is_new
  FROM daily
  WINDOW w AS (PARTITION BY customer_id ORDER BY snapshot_date)
)
SELECT customer_id, tier, city,
       snapshot_date AS valid_from,
       LEAD(snapshot_date) OVER (PARTITION BY customer_id ORDER BY snapshot_date) AS valid_to
FROM flagged
WHERE is_new
