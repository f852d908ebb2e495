WITH valid AS (
  SELECT server, start_ts, timestamp_seconds(unix_seconds(start_ts) + minutes * 60) AS end_ts
  FROM sessions
  WHERE server IS NOT NULL AND start_ts IS NOT NULL AND minutes IS NOT NULL AND minutes > 0
),
events AS (
  SELECT server, start_ts AS ts, 1 AS delta FROM valid
  UNION ALL
  SELECT server, end_ts AS ts, -1 AS delta FROM valid
),
counted AS (
  SELECT server, ts,
         SUM(delta) OVER (PARTITION BY server ORDER BY ts, delta
                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS open
  FROM events
),
peaks AS (
  SELECT server, ts, open, MAX(open) OVER (PARTITION BY server) AS peak
  FROM counted
)
SELECT server, peak, MIN(ts) AS peak_start
FROM peaks
WHERE open = peak
GROUP BY server, peak
