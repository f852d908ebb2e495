# ordered: true
from decimal import ROUND_HALF_UP, Decimal

from pyspark.sql import functions as F
from pyspark.sql.types import DecimalType, StringType, StructField, StructType


def solve(spark):
    schema = StructType([StructField("item", StringType(), False), StructField("price", DecimalType(10, 2), True)])
    df = spark.createDataFrame([("pen", Decimal("1.5")), ("book", Decimal("12.345")), ("lamp", Decimal("-0.005")),
                                ("cup", None)], schema)
    rows = df.orderBy("item").collect()
    out = []
    for r in rows:
        if r.price is None:
            out.append((r.item, "None", None, None, None))
            continue
        taxed = (r.price * Decimal("1.075")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        out.append((r.item, repr(r.price), str(r.price / 3), str(taxed), type(r.price).__name__))
    total = sum(r.price for r in rows if r.price is not None)
    out.append(("total", repr(total), str(total * 2), f"{total:.1f}", str(total == Decimal("13.84"))))
    return spark.createDataFrame(out, ["item", "price_repr", "third", "taxed", "kind"])
