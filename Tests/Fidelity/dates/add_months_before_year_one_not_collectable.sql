-- data: dates.json
SELECT id, typeof(add_months(ts, 1)) AS t, add_months(d, -12 * 2024) AS far_back, add_months(d, 0) AS same FROM dates WHERE id <= 2
