# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.partitionBy(["dept"]).orderBy(F.col("id").asc())
    return salaries.select("id", F.lag(F.col("salary"), offset=2, default=0).over(w).alias("lag2"), F.lead("salary", offset=1).over(w).alias("lead1"),
                           F.ntile(n=3).over(w).alias("t"), F.nth_value(col="salary", offset=2).over(w).alias("nth"))
