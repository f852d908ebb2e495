WITH all_versions AS (
  SELECT CAST(0 AS BIGINT) AS change_seq, 'S' AS op, customer_id, email, tier
  FROM snapshot
  UNION ALL
  SELECT change_seq, op, customer_id, email, tier
  FROM changes
  WHERE customer_id IS NOT NULL
),
ranked AS (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY change_seq DESC) AS rn
  FROM all_versions
)
SELECT customer_id, email, tier
FROM ranked
WHERE rn = 1 AND op <> 'D'
