# data: salaries.json

from pyspark.sql import functions as F


def solve(salaries):
    return salaries.groupBy("dept").agg(F.sort_array(F.collect_list("salary")).alias("all"), F.sort_array(F.collect_set("salary")).alias("distinct"))
