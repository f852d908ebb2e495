-- data: bookings.json
-- ordered: true
WITH ordered AS (
  SELECT room, check_in, check_out,
         MAX(check_out) OVER (PARTITION BY room ORDER BY check_in, check_out ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_end
  FROM bookings
), flagged AS (
  SELECT *, CASE WHEN prev_end IS NULL OR check_in > prev_end THEN 1 ELSE 0 END AS starts_block
  FROM ordered
), blocks AS (
  SELECT *, SUM(starts_block) OVER (PARTITION BY room ORDER BY check_in, check_out) AS block_id
  FROM flagged
)
SELECT room, block_id, MIN(check_in) AS block_start, MAX(check_out) AS block_end, COUNT(*) AS bookings
FROM blocks
GROUP BY room, block_id
ORDER BY room, block_id
