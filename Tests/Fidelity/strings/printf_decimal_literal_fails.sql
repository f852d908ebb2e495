SELECT printf('%.3f', 3.14159)
