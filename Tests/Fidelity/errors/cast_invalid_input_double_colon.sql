SELECT 'abc'::INT
