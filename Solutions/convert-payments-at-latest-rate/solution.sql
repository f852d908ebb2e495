WITH matched AS (
  SELECT /*+ BROADCAST(r) */
         p.payment_id, p.paid_on, p.currency, p.amount, r.rate_date, r.usd_per_unit,
         ROW_NUMBER() OVER (PARTITION BY p.payment_id ORDER BY r.rate_date DESC) AS rn
  FROM payments p
  LEFT JOIN fx_rates r
    ON r.currency = p.currency
   AND r.rate_date BETWEEN date_sub(p.paid_on, 7) AND p.paid_on
)
SELECT payment_id, paid_on, currency,
       CASE WHEN currency = 'USD' THEN amount
            ELSE ROUND(amount * usd_per_unit, 2) END AS amount_usd
FROM matched
WHERE rn = 1
