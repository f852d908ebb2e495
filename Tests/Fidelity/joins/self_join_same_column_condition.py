# data: managers.json

def solve(staff):
    return staff.join(staff, staff.id == staff.id)
