print("start")
def combine(a, b):
    return a + b
combine("x", 1)
