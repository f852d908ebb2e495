# An uncaught NameError ends the program with Python's message.
def solve():
    values = [1, 2, 3]
    return sum(values) + missing_variable
print("before")
solve()
