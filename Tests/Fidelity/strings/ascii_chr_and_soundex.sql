SELECT ascii('A'), chr(66), char(67), soundex('Robert'), levenshtein('kitten', 'sitting'), base64('Spark'), unbase64('U3Bhcms=')
