# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return employees.groupBy(F.lit(1).alias("k")).agg(
        F.round(F.corr("salary", "age"), 6).alias("corr"),
        F.round(F.covar_pop("salary", "age"), 4).alias("covar_pop"),
        F.round(F.covar_samp("salary", "age"), 4).alias("covar_samp"),
        F.count("salary").alias("n"),
    ).drop("k")
