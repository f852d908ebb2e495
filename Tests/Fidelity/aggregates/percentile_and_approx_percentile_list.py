# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(salaries):
    return salaries.groupBy("dept").agg(F.percentile("salary", 0.5), F.percentile_approx("salary", [0.25, 0.75], 100))
