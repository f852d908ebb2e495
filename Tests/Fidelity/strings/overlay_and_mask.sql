SELECT overlay('Spark SQL' PLACING 'ANSI' FROM 7), mask('AbCd-123'), startswith('spark', 'sp'), endswith('spark', 'rk'), contains('spark', 'ar')
