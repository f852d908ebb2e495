SELECT soundex('Robert') AS robert, soundex('Rupert') AS rupert, soundex('Tymczak') AS tymczak, soundex('Pfister') AS pfister,
       soundex('Ashcraft') AS ashcraft, soundex('') AS empty, soundex('123') AS digits, soundex('a') AS one,
       soundex('Lloyd') AS lloyd, soundex('Honeyman') AS honeyman, soundex('ée') AS accented
