WITH valid_sales AS (
  SELECT s.store_id, trunc(s.sold_at, 'MM') AS month, s.amount_cents
  FROM sales s
  LEFT SEMI JOIN stores st
    ON s.store_id = st.store_id
  WHERE s.sold_at IS NOT NULL
),
monthly AS (
  SELECT store_id, month, SUM(amount_cents) AS revenue
  FROM valid_sales
  GROUP BY store_id, month
),
bounds AS (
  SELECT MIN(month) AS first_month, MAX(month) AS last_month
  FROM monthly
),
months AS (
  SELECT add_months(first_month, n) AS month
  FROM bounds
  LATERAL VIEW explode(sequence(0, CAST(months_between(last_month, first_month) AS INT))) t AS n
),
filled AS (
  SELECT st.store_id, m.month, COALESCE(mo.revenue, 0) AS revenue_cents
  FROM stores st
  CROSS JOIN months m
  LEFT JOIN monthly mo
    ON mo.store_id = st.store_id
   AND mo.month = m.month
),
with_prev AS (
  SELECT store_id, month, revenue_cents,
         LAG(revenue_cents) OVER (PARTITION BY store_id ORDER BY month) AS prev_revenue_cents
  FROM filled
)
SELECT store_id, month, revenue_cents, prev_revenue_cents,
       CASE WHEN prev_revenue_cents <> 0
            THEN (revenue_cents - prev_revenue_cents) / prev_revenue_cents * 100 END AS mom_change_pct
FROM with_prev
ORDER BY store_id, month
