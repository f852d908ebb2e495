# Known wrong: a left join from the ledger never sees payments only the bank has.
from pyspark.sql import DataFrame, functions as F


def solve(ledger: DataFrame, bank: DataFrame) -> DataFrame:
    l = ledger.alias("l")
    b = bank.alias("b")
    status = (
        F.when(F.col("b.txn_id").isNull(), "missing_in_bank")
        .when(F.col("l.txn_id").isNull(), "missing_in_ledger")
        .when(~F.col("l.amount").eqNullSafe(F.col("b.amount")), "amount_mismatch")
    )
    return (
        l.join(b, F.col("l.txn_id") == F.col("b.txn_id"), "left")
        .select(
            F.coalesce(F.col("l.txn_id"), F.col("b.txn_id")).alias("txn_id"),
            F.col("l.amount").alias("ledger_amount"),
            F.col("b.amount").alias("bank_amount"),
            status.alias("status"),
        )
        .where(F.col("status").isNotNull())
    )
