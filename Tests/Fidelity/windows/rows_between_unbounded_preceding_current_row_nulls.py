# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.partitionBy("dept").orderBy("id").rowsBetween(Window.unboundedPreceding, Window.currentRow)
    return salaries.select("id", "dept", "salary",
                           F.sum("salary").over(w).alias("run_sum"),
                           F.avg("salary").over(w).alias("run_avg"),
                           F.max("salary").over(w).alias("run_max"),
                           F.count("salary").over(w).alias("run_n"),
                           F.collect_list("salary").over(w).alias("seen"))
