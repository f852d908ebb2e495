SELECT raise_error('custom failure 42')
