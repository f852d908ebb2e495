# data: arrays.json

def solve(spark, items):
    row = items.where("id = 1").select("info", "attrs").first()
    return spark.createDataFrame([(repr(row), repr(row.info), row.info.color, row.info[1], "color" in row.info)], "r STRING, info STRING, color STRING, size INT, has_color BOOLEAN")
