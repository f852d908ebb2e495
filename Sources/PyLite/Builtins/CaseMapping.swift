/// Python's case mappings where Swift's differ: `str.lower()` applies the Greek final-sigma rule, and
/// `str.casefold()` uses Unicode full case folding (CaseFolding.txt, statuses C and F), which differs from
/// lowercasing for the characters in the tables below (generated from CPython's `str.casefold`).
enum CaseMapping {
    /// `str.lower()`: the full lowercase mapping of each character; a capital sigma at the end of a word becomes
    /// the final form `ς`.
    static func lower(_ s: String) -> String {
        let scalars = Array(s.unicodeScalars)
        guard scalars.contains("\u{3A3}") else { return s.lowercased() }
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\u{3A3}" {
                result.append(isFinalSigma(scalars, index) ? "\u{3C2}" : "\u{3C3}")
            } else {
                result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(result)
    }

    /// Unicode's Final_Sigma condition, as CPython tests it: a cased letter before (skipping case-ignorable
    /// characters) and none after.
    private static func isFinalSigma(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        var before = index - 1
        while before >= 0 && scalars[before].properties.isCaseIgnorable { before -= 1 }
        guard before >= 0, scalars[before].properties.isCased else { return false }
        var after = index + 1
        while after < scalars.count && scalars[after].properties.isCaseIgnorable { after += 1 }
        return after == scalars.count || !scalars[after].properties.isCased
    }

    /// `str.casefold()`.
    static func casefold(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
        var result = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            if let folded = fullFoldings[scalar.value] {
                result.append(contentsOf: folded.unicodeScalars)
            } else if let range = simpleFoldings.first(where: { $0.first <= scalar.value && scalar.value <= $0.last }),
                let folded = Unicode.Scalar(UInt32(Int(scalar.value) + range.offset))
            {
                result.append(folded)
            } else {
                result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(result)
    }

    /// Runs of characters that fold to one character other than their lowercase: code points `first...last`
    /// fold to the code point plus `offset` (an offset of 0 keeps the character, e.g. Cherokee capitals).
    private static let simpleFoldings: [(first: UInt32, last: UInt32, offset: Int)] = [
        (0x00B5, 0x00B5, 775),
        (0x017F, 0x017F, -268),
        (0x0345, 0x0345, 116),
        (0x03C2, 0x03C2, 1),
        (0x03D0, 0x03D0, -30),
        (0x03D1, 0x03D1, -25),
        (0x03D5, 0x03D5, -15),
        (0x03D6, 0x03D6, -22),
        (0x03F0, 0x03F0, -54),
        (0x03F1, 0x03F1, -48),
        (0x03F5, 0x03F5, -64),
        (0x13A0, 0x13F5, 0),
        (0x13F8, 0x13FD, -8),
        (0x1C80, 0x1C80, -6222),
        (0x1C81, 0x1C81, -6221),
        (0x1C82, 0x1C82, -6212),
        (0x1C83, 0x1C84, -6210),
        (0x1C85, 0x1C85, -6211),
        (0x1C86, 0x1C86, -6204),
        (0x1C87, 0x1C87, -6180),
        (0x1C88, 0x1C88, 35267),
        (0x1E9B, 0x1E9B, -58),
        (0x1FBE, 0x1FBE, -7173),
        (0xAB70, 0xABBF, -38864),
    ]

    /// Characters that fold to several characters (`ß` to `ss`, `ﬁ` to `fi`).
    private static let fullFoldings: [UInt32: String] = [
        0x00DF: "\u{73}\u{73}",
        0x0149: "\u{2BC}\u{6E}",
        0x01F0: "\u{6A}\u{30C}",
        0x0390: "\u{3B9}\u{308}\u{301}",
        0x03B0: "\u{3C5}\u{308}\u{301}",
        0x0587: "\u{565}\u{582}",
        0x1E96: "\u{68}\u{331}",
        0x1E97: "\u{74}\u{308}",
        0x1E98: "\u{77}\u{30A}",
        0x1E99: "\u{79}\u{30A}",
        0x1E9A: "\u{61}\u{2BE}",
        0x1E9E: "\u{73}\u{73}",
        0x1F50: "\u{3C5}\u{313}",
        0x1F52: "\u{3C5}\u{313}\u{300}",
        0x1F54: "\u{3C5}\u{313}\u{301}",
        0x1F56: "\u{3C5}\u{313}\u{342}",
        0x1F80: "\u{1F00}\u{3B9}",
        0x1F81: "\u{1F01}\u{3B9}",
        0x1F82: "\u{1F02}\u{3B9}",
        0x1F83: "\u{1F03}\u{3B9}",
        0x1F84: "\u{1F04}\u{3B9}",
        0x1F85: "\u{1F05}\u{3B9}",
        0x1F86: "\u{1F06}\u{3B9}",
        0x1F87: "\u{1F07}\u{3B9}",
        0x1F88: "\u{1F00}\u{3B9}",
        0x1F89: "\u{1F01}\u{3B9}",
        0x1F8A: "\u{1F02}\u{3B9}",
        0x1F8B: "\u{1F03}\u{3B9}",
        0x1F8C: "\u{1F04}\u{3B9}",
        0x1F8D: "\u{1F05}\u{3B9}",
        0x1F8E: "\u{1F06}\u{3B9}",
        0x1F8F: "\u{1F07}\u{3B9}",
        0x1F90: "\u{1F20}\u{3B9}",
        0x1F91: "\u{1F21}\u{3B9}",
        0x1F92: "\u{1F22}\u{3B9}",
        0x1F93: "\u{1F23}\u{3B9}",
        0x1F94: "\u{1F24}\u{3B9}",
        0x1F95: "\u{1F25}\u{3B9}",
        0x1F96: "\u{1F26}\u{3B9}",
        0x1F97: "\u{1F27}\u{3B9}",
        0x1F98: "\u{1F20}\u{3B9}",
        0x1F99: "\u{1F21}\u{3B9}",
        0x1F9A: "\u{1F22}\u{3B9}",
        0x1F9B: "\u{1F23}\u{3B9}",
        0x1F9C: "\u{1F24}\u{3B9}",
        0x1F9D: "\u{1F25}\u{3B9}",
        0x1F9E: "\u{1F26}\u{3B9}",
        0x1F9F: "\u{1F27}\u{3B9}",
        0x1FA0: "\u{1F60}\u{3B9}",
        0x1FA1: "\u{1F61}\u{3B9}",
        0x1FA2: "\u{1F62}\u{3B9}",
        0x1FA3: "\u{1F63}\u{3B9}",
        0x1FA4: "\u{1F64}\u{3B9}",
        0x1FA5: "\u{1F65}\u{3B9}",
        0x1FA6: "\u{1F66}\u{3B9}",
        0x1FA7: "\u{1F67}\u{3B9}",
        0x1FA8: "\u{1F60}\u{3B9}",
        0x1FA9: "\u{1F61}\u{3B9}",
        0x1FAA: "\u{1F62}\u{3B9}",
        0x1FAB: "\u{1F63}\u{3B9}",
        0x1FAC: "\u{1F64}\u{3B9}",
        0x1FAD: "\u{1F65}\u{3B9}",
        0x1FAE: "\u{1F66}\u{3B9}",
        0x1FAF: "\u{1F67}\u{3B9}",
        0x1FB2: "\u{1F70}\u{3B9}",
        0x1FB3: "\u{3B1}\u{3B9}",
        0x1FB4: "\u{3AC}\u{3B9}",
        0x1FB6: "\u{3B1}\u{342}",
        0x1FB7: "\u{3B1}\u{342}\u{3B9}",
        0x1FBC: "\u{3B1}\u{3B9}",
        0x1FC2: "\u{1F74}\u{3B9}",
        0x1FC3: "\u{3B7}\u{3B9}",
        0x1FC4: "\u{3AE}\u{3B9}",
        0x1FC6: "\u{3B7}\u{342}",
        0x1FC7: "\u{3B7}\u{342}\u{3B9}",
        0x1FCC: "\u{3B7}\u{3B9}",
        0x1FD2: "\u{3B9}\u{308}\u{300}",
        0x1FD3: "\u{3B9}\u{308}\u{301}",
        0x1FD6: "\u{3B9}\u{342}",
        0x1FD7: "\u{3B9}\u{308}\u{342}",
        0x1FE2: "\u{3C5}\u{308}\u{300}",
        0x1FE3: "\u{3C5}\u{308}\u{301}",
        0x1FE4: "\u{3C1}\u{313}",
        0x1FE6: "\u{3C5}\u{342}",
        0x1FE7: "\u{3C5}\u{308}\u{342}",
        0x1FF2: "\u{1F7C}\u{3B9}",
        0x1FF3: "\u{3C9}\u{3B9}",
        0x1FF4: "\u{3CE}\u{3B9}",
        0x1FF6: "\u{3C9}\u{342}",
        0x1FF7: "\u{3C9}\u{342}\u{3B9}",
        0x1FFC: "\u{3C9}\u{3B9}",
        0xFB00: "\u{66}\u{66}",
        0xFB01: "\u{66}\u{69}",
        0xFB02: "\u{66}\u{6C}",
        0xFB03: "\u{66}\u{66}\u{69}",
        0xFB04: "\u{66}\u{66}\u{6C}",
        0xFB05: "\u{73}\u{74}",
        0xFB06: "\u{73}\u{74}",
        0xFB13: "\u{574}\u{576}",
        0xFB14: "\u{574}\u{565}",
        0xFB15: "\u{574}\u{56B}",
        0xFB16: "\u{57E}\u{576}",
        0xFB17: "\u{574}\u{56D}",
    ]
}
