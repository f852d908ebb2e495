# data: logins.json
def solve(logins):
    return logins.dropDuplicates()
