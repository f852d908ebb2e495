# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    fiscal = F.year(F.add_months("d", 3))
    return dates.select(
        "id",
        fiscal.alias("fiscal_year"),
        F.concat(F.lit("FY"), F.substring(fiscal.cast("string"), 3, 2)).alias("fy_label"),
        F.date_format("d", "yyyy-MM").alias("ym"),
        F.concat_ws("-", F.year("d"), F.lpad(F.month("d").cast("string"), 2, "0")).alias("ym2"),
        (F.year("d") * 100 + F.month("d")).alias("yyyymm"),
    )
