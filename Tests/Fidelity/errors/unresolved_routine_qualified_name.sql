SELECT mydb.myfunc(1)
