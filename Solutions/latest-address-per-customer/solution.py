from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(address_changes: DataFrame) -> DataFrame:
    newest_first = Window.partitionBy("customer_id").orderBy(
        F.col("updated_at").desc(), F.col("change_id").desc()
    )
    return (
        address_changes.where(F.col("customer_id").isNotNull())
        .withColumn("rn", F.row_number().over(newest_first))
        .where(F.col("rn") == 1)
        .select("customer_id", "address", "city", "updated_at")
    )
