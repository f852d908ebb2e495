# data: logins.json

from pyspark.sql import functions as F


def solve(logins):
    return logins.groupBy(F.window("login_date", "2 days")).count()
