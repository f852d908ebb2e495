# Known wrong: decides "missing" from a null amount instead of a null key.
from pyspark.sql import DataFrame, functions as F


def solve(ledger: DataFrame, bank: DataFrame) -> DataFrame:
    joined = ledger.select("txn_id", F.col("amount").alias("ledger_amount")).join(
        bank.select("txn_id", F.col("amount").alias("bank_amount")), "txn_id", "full_outer"
    )
    status = (
        F.when(F.col("bank_amount").isNull() & F.col("ledger_amount").isNotNull(), "missing_in_bank")
        .when(F.col("ledger_amount").isNull() & F.col("bank_amount").isNotNull(), "missing_in_ledger")
        .when(F.col("ledger_amount") != F.col("bank_amount"), "amount_mismatch")
    )
    return joined.select("txn_id", "ledger_amount", "bank_amount", status.alias("status")).where(
        F.col("status").isNotNull()
    )
