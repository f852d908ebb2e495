from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(order_lines: DataFrame) -> DataFrame:
    units = (
        order_lines.where(F.col("category").isNotNull() & F.col("product_id").isNotNull())
        .groupBy("category", "product_id")
        .agg(F.sum(F.coalesce(F.col("quantity"), F.lit(0))).alias("units_sold"))
    )
    best_first = Window.partitionBy("category").orderBy(F.col("units_sold").desc(), F.col("product_id").asc())
    return (
        units.withColumn("position", F.row_number().over(best_first))
        .where(F.col("position") <= 2)
        .select("category", "position", "product_id", "units_sold")
    )
