# data: salaries.json

from pyspark.sql import functions as F


def solve(salaries):
    return salaries.filter("dept = 'hr' OR dept = 'eng'").groupBy("dept").agg(F.max_by("name", "id"), F.min_by("name", "id"))
