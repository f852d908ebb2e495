# data: strings.json
# ordered: true

def solve(people):
    return people.select("name").orderBy("name")
