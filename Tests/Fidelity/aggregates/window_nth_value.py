# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(salaries):
    w = Window.partitionBy("dept").orderBy(F.desc("salary"))
    return salaries.select("id", F.nth_value("name", 2).over(w).alias("second"))
