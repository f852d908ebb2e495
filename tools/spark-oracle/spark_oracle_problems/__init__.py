"""Tools for the problem bank's sources: reading `Problems/`, generating test data, hashing inputs,
and running reference solutions on real Spark to write expected outputs."""
