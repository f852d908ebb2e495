# data: salaries.json


def solve(salaries):
    return (salaries
            .na.fill({"dept": "unknown"})
            .na.replace(["eng", "ops"], ["engineering", "operations"], "dept")
            .na.drop(subset=["salary"])
            .na.fill(0))
