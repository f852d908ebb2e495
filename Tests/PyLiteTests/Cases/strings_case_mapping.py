# Full case mappings: casefold, upper and lower of special characters, the Greek final sigma.
samples = ["ß", "ẞ", "ﬁ", "ﬀ", "ﬃ", "İ", "ı", "ŉ", "µ", "ſ", "Straße", "ΟΔΟΣ", "ΟΔΟΣ ΚΑΙ ΣΟΦΙΑ", "Σ", "ΑΣ.", "ΑΣΑ",
           "ς", "ϐ", "ᾈ", "ǅ", "Ꭰ", "ꭰ", "ﬅ", "K", "Å", "HELLO", "hello", "", "ǰ", "ΐ", "Σ'Α", "Α'Σ", "1Σ"]
for s in samples:
    print(repr(s), repr(s.casefold()), repr(s.lower()), repr(s.upper()), len(s.lower()), len(s.upper()))
print("ß".casefold() == "ss", "ﬁ".casefold() == "fi", "Straße".casefold() == "STRASSE".casefold())
print("ΣΊΣΥΦΟΣ".lower(), "ΣΊΣΥΦΟΣ".casefold(), "ὈΔΥΣΣΕΎΣ".lower())
words = ["Straße", "STRASSE", "strasse", "Maße", "MASSE"]
print(sorted(set(w.casefold() for w in words)))
print("İstanbul".lower(), len("İstanbul".lower()), "istanbul".upper())
