SELECT coalesce(NULL, 'a', 1)
