import Foundation
import Testing
@testable import SparkLite

/// LIKE is matched directly over UTF-8 bytes; it must agree with the regex Spark builds from the pattern
/// (`_` one code point, `%` any run, line breaks included) on every pattern and string, here all short ones
/// over an alphabet with multi-byte characters, a line break and the escape character.
@Test func likePatternAgreesWithItsRegex() throws {
    let alphabet = ["a", "b", "é", "😀", "\n"]
    let patternAlphabet = alphabet + ["_", "%", "\\%", "\\_", "\\\\"]
    func words(_ letters: [String], upTo length: Int) -> [String] {
        var all = [""], last = [""]
        for _ in 0..<length {
            last = last.flatMap { w in letters.map { w + $0 } }
            all += last
        }
        return all
    }
    let strings = words(alphabet + ["\\", "%"], upTo: 3)
    var checked = 0
    for pattern in words(patternAlphabet, upTo: 3) {
        // A pattern ending in a lone escape character is an error either way.
        guard let regexText = try? likeToRegex(pattern, escape: "\\") else {
            #expect(throws: SparkError.self) { try LikePattern(pattern, escape: "\\") }
            continue
        }
        let regex = try NSRegularExpression(pattern: icuPattern(regexText), options: [.dotMatchesLineSeparators])
        let like = try LikePattern(pattern, escape: "\\")
        for s in strings {
            let range = NSRange(s.startIndex..., in: s)
            let expected = regex.firstMatch(in: s, options: .anchored, range: range).map { $0.range == range } ?? false
            #expect(like.matches(s) == expected, "\(pattern.debugDescription) LIKE \(s.debugDescription)")
            checked += 1
        }
    }
    #expect(checked > 100_000)
}

@Test(arguments: [("a%b%c", "axxbyyc", true), ("a%b%c", "acb", false), ("%special%requests%", "xx special yy requests", true),
                  ("%special%requests%", "requests special", false), ("_%_", "é", false), ("_%_", "éa", true),
                  ("%ab", "aab", true), ("ab%ab", "ab", false), ("a#%", "a%", true)])
func likeMatchesParts(_ pattern: String, _ text: String, _ expected: Bool) throws {
    #expect(try LikePattern(pattern, escape: pattern.contains("#") ? "#" : "\\").matches(text) == expected)
}

@Test func likeRejectsAnEscapeBeforeAnOrdinaryCharacter() {
    #expect(throws: SparkError.self) { try LikePattern("a\\b", escape: "\\") }
}
