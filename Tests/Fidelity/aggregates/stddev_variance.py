# data: salaries.json

from pyspark.sql import functions as F


def solve(salaries):
    return salaries.groupBy("dept").agg(F.stddev("salary"), F.stddev_pop("salary"), F.variance("salary"), F.var_pop("salary"))
