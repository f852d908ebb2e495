from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(page_views: DataFrame) -> DataFrame:
    whole_visit = (
        Window.partitionBy("visit_id")
        .orderBy("view_ts")
        .rowsBetween(Window.unboundedPreceding, Window.unboundedFollowing)
    )
    return (
        page_views.where(F.col("visit_id").isNotNull() & F.col("view_ts").isNotNull())
        .withColumn("entry_page", F.first("page", ignorenulls=True).over(whole_visit))
        .withColumn("exit_page", F.last("page", ignorenulls=True).over(whole_visit))
    )
