# data: logins.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(logins):
    w = Window.partitionBy("user_id").orderBy("login_date")
    return logins.withColumn("grp", F.date_sub("login_date", F.row_number().over(w)))
