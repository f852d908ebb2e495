import Testing
@testable import SparkLite

@Test func lexerTokenKindsAndPositions() throws {
    let tokens = try SQLLexer.tokenize("SELECT `a b`, 1L, 2.5, 1e3, x::int -- c\nFROM /* n /* e */ d */ t")
    let kinds = tokens.map(\.kind)
    #expect(kinds == [
        .word, .quotedIdentifier, .symbol, .bigintLiteral, .symbol, .decimal, .symbol, .exponent, .symbol,
        .word, .symbol, .word, .word, .word, .endOfInput,
    ])
    #expect(tokens[1].value == "a b")
    #expect(tokens[3].value == "1")
    #expect(tokens[10].text == "::")
    let from = tokens[12]
    #expect(from.text == "FROM")
    #expect(from.line == 2)
    #expect(from.column == 0)
    #expect(tokens[13].column == 23)
}

@Test func lexerReadsNumbersLikeSpark() throws {
    // `1abc` is an identifier; `1D`, `1F`, `1BD` are suffixed literals.
    let tokens = try SQLLexer.tokenize("1abc 1D 1F 1BD 12S 7Y")
    #expect(tokens.map(\.kind) == [.word, .doubleLiteral, .floatLiteral, .bigDecimalLiteral, .smallintLiteral, .tinyintLiteral, .endOfInput])
}

@Test func lexerMarksHints() throws {
    let tokens = try SQLLexer.tokenize("SELECT /*+ BROADCAST(t) */ 2 */ 1")
    #expect(tokens.map(\.kind) == [
        .word, .hintStart, .word, .symbol, .word, .symbol, .hintEnd, .integer, .symbol, .symbol, .integer, .endOfInput,
    ])
}

@Test func unterminatedStringIsOneUnrecognisedQuote() throws {
    let tokens = try SQLLexer.tokenize("SELECT 'abc")
    #expect(tokens[1].kind == .unrecognized)
    #expect(tokens[1].text == "'")
    #expect(tokens[1].column == 7)
}
