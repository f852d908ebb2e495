data = {"a": 1}
print(data["a"])
print(data["b"])
