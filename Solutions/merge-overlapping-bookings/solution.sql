WITH booked AS (
  SELECT booking_id, room, start_ts, timestamp_seconds(unix_seconds(start_ts) + minutes * 60) AS end_ts
  FROM bookings
  WHERE room IS NOT NULL AND start_ts IS NOT NULL AND minutes IS NOT NULL
),
marked AS (
  SELECT room, start_ts, end_ts,
         CASE WHEN start_ts <= MAX(end_ts) OVER (
                     PARTITION BY room ORDER BY start_ts, booking_id
                     ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
              THEN 0 ELSE 1 END AS new_block,
         booking_id
  FROM booked
),
labelled AS (
  SELECT room, start_ts, end_ts,
         SUM(new_block) OVER (PARTITION BY room ORDER BY start_ts, booking_id
                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS block_id
  FROM marked
)
SELECT room, MIN(start_ts) AS block_start, MAX(end_ts) AS block_end, COUNT(*) AS bookings
FROM labelled
GROUP BY room, block_id
