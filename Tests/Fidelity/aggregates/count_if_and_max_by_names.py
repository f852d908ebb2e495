# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(salaries):
    return salaries.groupBy("dept").agg(F.count_if(F.col("salary") > 5000), F.max_by("name", "salary"), F.min_by("name", "salary"))
