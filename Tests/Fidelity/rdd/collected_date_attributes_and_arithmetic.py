# data: employees.json

import datetime


def solve(spark, employees):
    rows = employees.orderBy("emp_id").limit(3).collect()
    out = []
    for r in rows:
        d = r.hire_date
        out.append((r.emp_id, d.year, d.month, d.weekday(), d.strftime("%d/%m/%Y"), str(d + datetime.timedelta(days=1)), (datetime.date(2024, 1, 1) - d).days, d < datetime.date(2016, 1, 1)))
    return spark.createDataFrame(out, "emp_id INT, y INT, m INT, wd INT, fmt STRING, next_day STRING, days_to_2024 INT, before_2016 BOOLEAN")
