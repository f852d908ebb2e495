SELECT decode(encode('abc', 'UTF-8'), 'UTF-99')
