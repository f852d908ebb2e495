# data: managers.json
def solve(staff):
    managers = staff
    return staff.join(managers, staff.manager_id == managers.id).select(staff.name)
