# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.partitionBy("dept").orderBy("id").rowsBetween(-1, 1)
    p = Window.partitionBy("dept")
    return salaries.select("id", "dept", F.stddev("salary").over(w).alias("sd3"), F.var_pop("salary").over(p).alias("vp"), F.stddev_pop("salary").over(p).alias("sdp"))
