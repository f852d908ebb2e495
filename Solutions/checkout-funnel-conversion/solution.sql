WITH timed AS (
  SELECT user_id, event_type, event_time,
         MIN(CASE WHEN event_type = 'view' THEN event_time END) OVER (PARTITION BY user_id) AS viewed_at
  FROM events
  WHERE user_id IS NOT NULL AND event_time IS NOT NULL
),
carted AS (
  SELECT *,
         MIN(CASE WHEN event_type = 'cart' AND event_time >= viewed_at THEN event_time END)
           OVER (PARTITION BY user_id) AS carted_at
  FROM timed
),
per_user AS (
  SELECT user_id,
         MAX(viewed_at) AS viewed_at,
         MAX(carted_at) AS carted_at,
         MIN(CASE WHEN event_type = 'purchase' AND event_time >= carted_at THEN event_time END) AS purchased_at
  FROM carted
  GROUP BY user_id
),
totals AS (
  SELECT COUNT(viewed_at) AS viewed, COUNT(carted_at) AS carted, COUNT(purchased_at) AS purchased
  FROM per_user
)
SELECT s.step, s.step_name, s.users,
       TRY_DIVIDE(s.users, s.previous) AS rate_from_previous,
       TRY_DIVIDE(s.users, t.viewed) AS rate_from_start
FROM totals t
LATERAL VIEW INLINE(ARRAY(
  NAMED_STRUCT('step', 1, 'step_name', 'view', 'users', t.viewed, 'previous', CAST(NULL AS BIGINT)),
  NAMED_STRUCT('step', 2, 'step_name', 'cart', 'users', t.carted, 'previous', t.viewed),
  NAMED_STRUCT('step', 3, 'step_name', 'purchase', 'users', t.purchased, 'previous', t.carted)
)) s AS step, step_name, users, previous
ORDER BY s.step
