SELECT current_database() AS db, current_catalog() AS cat, current_schema() AS sch
