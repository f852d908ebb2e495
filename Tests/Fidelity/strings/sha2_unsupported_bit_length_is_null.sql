SELECT sha2('spark', 123)
