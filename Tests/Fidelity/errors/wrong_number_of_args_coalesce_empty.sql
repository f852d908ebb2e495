SELECT coalesce()
