SELECT quote('It''s') AS quoted, quote('plain') AS plain, quote(NULL) AS null_input
