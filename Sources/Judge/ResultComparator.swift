import Foundation
import ProblemBank

/// Compares a result with the expected output under DESIGN.md's "Judging" rules and a problem's
/// `ComparisonSettings`: column names in order, rows as a multiset (or in order), doubles within a
/// relative tolerance, numeric types by value unless types are checked. Values are compared in the
/// contract's JSON encoding, the form real Spark's expected outputs are stored in.
public struct ResultComparator: Sendable {
    public var settings: ComparisonSettings

    public init(settings: ComparisonSettings = ComparisonSettings()) {
        self.settings = settings
    }

    /// Rows beyond which unmatched rows are paired by exact equality only (tolerant matching is quadratic).
    static let tolerantPairingLimit = 2_000

    public func compare(expectedColumns: [OutputColumn], expectedRows: [[JSONValue]],
                        actualColumns: [OutputColumn], actualRows: [[JSONValue]]) -> ResultComparison {
        var reasons: [String] = []
        var typeDifferences: [TypeDifference] = []
        let sameWidth = expectedColumns.count == actualColumns.count
        if !sameWidth {
            reasons.append("The result has \(actualColumns.count) column\(actualColumns.count == 1 ? "" : "s") "
                + "(\(names(actualColumns))); expected \(expectedColumns.count) (\(names(expectedColumns))).")
        } else {
            if settings.checkColumnNames {
                let renamed = zip(expectedColumns, actualColumns).enumerated().filter { $0.element.0.name != $0.element.1.name }
                if !renamed.isEmpty {
                    let sameSet = Set(expectedColumns.map(\.name)) == Set(actualColumns.map(\.name))
                    if sameSet {
                        reasons.append("The columns are in the wrong order: got (\(names(actualColumns))), expected (\(names(expectedColumns))).")
                    } else {
                        let list = renamed.map { "column \($0.offset + 1) is '\($0.element.1.name)', expected '\($0.element.0.name)'" }
                        reasons.append("Column names differ: " + list.joined(separator: "; ") + ".")
                    }
                }
            }
            for (expected, actual) in zip(expectedColumns, actualColumns) where !sameType(expected.type, actual.type) {
                typeDifferences.append(TypeDifference(column: expected.name, expected: expected.type, actual: actual.type))
            }
            if settings.checkTypes, !typeDifferences.isEmpty {
                reasons.append("Column types differ (this problem checks types): "
                    + typeDifferences.map(\.description).joined(separator: "; ") + ".")
            }
        }
        var diff: [RowDifference] = []
        var orderOnly = false
        if sameWidth {
            let types = ColumnTypes(expected: expectedColumns.map(\.type), actual: actualColumns.map(\.type))
            if settings.ordered {
                diff = orderedDiff(expectedRows, actualRows, types: types)
                if diff.contains(where: { $0.kind != .matched }),
                   multisetDiff(expectedRows, actualRows, types: types).allSatisfy({ $0.kind == .matched }) {
                    orderOnly = true
                }
            } else {
                diff = multisetDiff(expectedRows, actualRows, types: types)
            }
        } else {
            diff = expectedRows.enumerated().map {
                RowDifference(kind: .missing, expected: $0.element, actual: nil, cells: [], actualPosition: nil, expectedPosition: $0.offset + 1)
            } + actualRows.enumerated().map {
                RowDifference(kind: .extra, expected: nil, actual: $0.element, cells: [], actualPosition: $0.offset + 1, expectedPosition: nil)
            }
        }
        if sameWidth {
            if orderOnly {
                reasons.append("The rows are right but not in the required order.")
            } else {
                let missing = diff.filter { $0.kind == .missing }.count
                let extra = diff.filter { $0.kind == .extra }.count
                let changed = diff.filter { $0.kind == .changed }.count
                if missing + extra + changed > 0 {
                    var parts: [String] = []
                    if changed > 0 { parts.append("\(changed) row\(changed == 1 ? "" : "s") with different values") }
                    if missing > 0 { parts.append("\(missing) expected row\(missing == 1 ? "" : "s") missing") }
                    if extra > 0 { parts.append("\(extra) extra row\(extra == 1 ? "" : "s")") }
                    reasons.append("Expected \(expectedRows.count) row\(expectedRows.count == 1 ? "" : "s"), got \(actualRows.count): "
                        + parts.joined(separator: ", ") + ".")
                }
            }
        }
        return ResultComparison(
            matches: reasons.isEmpty, reasons: reasons, typeDifferences: typeDifferences,
            expectedColumns: expectedColumns, actualColumns: actualColumns,
            expectedRowCount: expectedRows.count, actualRowCount: actualRows.count, diff: diff, orderOnly: orderOnly)
    }

    private func names(_ columns: [OutputColumn]) -> String {
        columns.map(\.name).joined(separator: ", ")
    }

    /// Types are the same when spelled the same; `int` and `integer` are one type.
    private func sameType(_ a: String, _ b: String) -> Bool {
        func canonical(_ t: String) -> String { t == "integer" ? "int" : t == "long" ? "bigint" : t }
        return canonical(a.lowercased()) == canonical(b.lowercased())
    }

    // MARK: Row alignment

    private func orderedDiff(_ expected: [[JSONValue]], _ actual: [[JSONValue]], types: ColumnTypes) -> [RowDifference] {
        var result: [RowDifference] = []
        for index in 0..<max(expected.count, actual.count) {
            let want = index < expected.count ? expected[index] : nil
            let got = index < actual.count ? actual[index] : nil
            switch (want, got) {
            case let (want?, got?):
                let cells = cellDifferences(want, got, types: types)
                result.append(RowDifference(kind: cells.isEmpty ? .matched : .changed, expected: want, actual: got,
                                            cells: cells, actualPosition: index + 1, expectedPosition: index + 1))
            case let (want?, nil):
                result.append(RowDifference(kind: .missing, expected: want, actual: nil, cells: [], actualPosition: nil, expectedPosition: index + 1))
            case let (nil, got?):
                result.append(RowDifference(kind: .extra, expected: nil, actual: got, cells: [], actualPosition: index + 1, expectedPosition: nil))
            case (nil, nil): break
            }
        }
        return result
    }

    private func multisetDiff(_ expected: [[JSONValue]], _ actual: [[JSONValue]], types: ColumnTypes) -> [RowDifference] {
        // Exact matches by a canonical key first (numbers by value), then tolerant pairing of the rest.
        var unmatchedActual: [String: [Int]] = [:]
        for (index, row) in actual.enumerated() { unmatchedActual[rowKey(row, types: types.actual), default: []].append(index) }
        var matchedActual = Set<Int>()
        var pairs: [(Int, Int)] = []
        var leftoverExpected: [Int] = []
        for (index, row) in expected.enumerated() {
            let key = rowKey(row, types: types.expected)
            if var candidates = unmatchedActual[key], !candidates.isEmpty {
                let match = candidates.removeFirst()
                unmatchedActual[key] = candidates
                matchedActual.insert(match)
                pairs.append((index, match))
            } else {
                leftoverExpected.append(index)
            }
        }
        var leftoverActual = (0..<actual.count).filter { !matchedActual.contains($0) }
        var missing: [Int] = []
        if leftoverExpected.count * leftoverActual.count <= Self.tolerantPairingLimit * Self.tolerantPairingLimit {
            for e in leftoverExpected {
                if let position = leftoverActual.firstIndex(where: { cellDifferences(expected[e], actual[$0], types: types).isEmpty }) {
                    pairs.append((e, leftoverActual.remove(at: position)))
                } else {
                    missing.append(e)
                }
            }
        } else {
            missing = leftoverExpected
        }
        var result = pairs.sorted { $0.0 < $1.0 }.map {
            RowDifference(kind: .matched, expected: expected[$0.0], actual: actual[$0.1], cells: [],
                          actualPosition: $0.1 + 1, expectedPosition: $0.0 + 1)
        }
        // Pair a missing row with an extra row that agrees on most cells: shown as one changed row.
        var extras = leftoverActual
        var unpaired: [Int] = []
        // Pairing is quadratic too; beyond the limit the rows stay missing and extra.
        let pairable = missing.count * extras.count <= Self.tolerantPairingLimit * Self.tolerantPairingLimit ? missing : []
        unpaired = missing.count == pairable.count ? [] : missing
        for e in pairable {
            var best: (position: Int, cells: [CellDifference])?
            for (position, a) in extras.enumerated() {
                let cells = cellDifferences(expected[e], actual[a], types: types)
                if cells.count * 2 <= max(types.expected.count, 1), cells.count < (best?.cells.count ?? Int.max) {
                    best = (position, cells)
                    if cells.count == 1 { break }
                }
            }
            if let best, types.expected.count > 1 {
                let a = extras.remove(at: best.position)
                result.append(RowDifference(kind: .changed, expected: expected[e], actual: actual[a], cells: best.cells,
                                            actualPosition: a + 1, expectedPosition: e + 1))
            } else {
                unpaired.append(e)
            }
        }
        result += unpaired.map {
            RowDifference(kind: .missing, expected: expected[$0], actual: nil, cells: [], actualPosition: nil, expectedPosition: $0 + 1)
        }
        result += extras.map {
            RowDifference(kind: .extra, expected: nil, actual: actual[$0], cells: [], actualPosition: $0 + 1, expectedPosition: nil)
        }
        return result
    }

    /// A text key equal for rows that are equal without tolerance (numbers by value).
    private func rowKey(_ row: [JSONValue], types: [String]) -> String {
        row.enumerated().map { index, cell in cellKey(cell, type: index < types.count ? types[index] : "") }.joined(separator: "\u{1F}")
    }

    private func cellKey(_ cell: JSONValue, type: String) -> String {
        if let number = CellNumber(cell, numericStrings: Self.isNumericType(type)) { return "n" + number.key }
        switch cell {
        case .array(let items): return "[" + items.map { cellKey($0, type: Self.elementType(type)) }.joined(separator: ",") + "]"
        case .object(let pairs):
            return "{" + pairs.sorted { $0.key < $1.key }.map { $0.key + ":" + cellKey($0.value, type: Self.elementType(type)) }
                .joined(separator: ",") + "}"
        default: return cell.jsonText
        }
    }

    // MARK: Cells

    /// The cells of two rows that differ, each with the difference named.
    func cellDifferences(_ expected: [JSONValue], _ actual: [JSONValue], types: ColumnTypes) -> [CellDifference] {
        var result: [CellDifference] = []
        for index in 0..<min(expected.count, actual.count) {
            let type = index < types.expected.count ? types.expected[index] : ""
            let actualType = index < types.actual.count ? types.actual[index] : type
            if let note = difference(expected[index], actual[index], type: type, actualType: actualType) {
                result.append(CellDifference(column: index, expected: expected[index], actual: actual[index], note: note))
            }
        }
        return result
    }

    /// Nil when the cells are equal under the settings, else what differs. `type` and `actualType`
    /// are the columns' simpleString types (decimal and floating columns carry numbers as strings).
    func difference(_ expected: JSONValue, _ actual: JSONValue, type: String, actualType: String? = nil) -> String? {
        let actualType = actualType ?? type
        switch (expected, actual) {
        case (.null, .null): return nil
        case (.null, _): return "a value instead of null"
        case (_, .null): return "null instead of a value"
        default: break
        }
        let numericStrings = Self.isNumericType(type)
        if let want = CellNumber(expected, numericStrings: numericStrings) {
            guard let got = CellNumber(actual, numericStrings: Self.isNumericType(actualType)) else {
                return "\(Self.kind(actual)) instead of a number"
            }
            return want.difference(from: got, tolerance: settings.floatTolerance)
        }
        switch (expected, actual) {
        case let (.string(want), .string(got)):
            if want == got { return nil }
            if want.trimmingCharacters(in: .whitespaces) == got.trimmingCharacters(in: .whitespaces) { return "leading or trailing spaces differ" }
            if want.lowercased() == got.lowercased() { return "letter case differs" }
            return "different text"
        case let (.bool(want), .bool(got)):
            return want == got ? nil : "different boolean"
        case let (.array(want), .array(got)):
            if want.count != got.count { return "\(got.count) element\(got.count == 1 ? "" : "s") instead of \(want.count)" }
            let element = Self.elementType(type), actualElement = Self.elementType(actualType)
            for (offset, pair) in zip(want, got).enumerated() {
                if let note = difference(pair.0, pair.1, type: element, actualType: actualElement) { return "element \(offset + 1): \(note)" }
            }
            return nil
        case let (.object(want), .object(got)):
            let wantKeys = Set(want.map(\.key)), gotKeys = Set(got.map(\.key))
            if wantKeys != gotKeys { return "keys \(gotKeys.sorted()) instead of \(wantKeys.sorted())" }
            let element = Self.elementType(type), actualElement = Self.elementType(actualType)
            for pair in want {
                if let other = got.first(where: { $0.key == pair.key }),
                   let note = difference(pair.value, other.value, type: element, actualType: actualElement) {
                    return "key '\(pair.key)': \(note)"
                }
            }
            return nil
        default:
            if expected == actual { return nil }
            return "\(Self.kind(actual)) instead of \(Self.kind(expected))"
        }
    }

    /// The simpleString types of the expected and the actual columns, by position.
    struct ColumnTypes {
        var expected: [String]
        var actual: [String]
    }

    static func kind(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .int, .double: "a number"
        case .string: "text"
        case .array: "a list"
        case .object: "a map"
        }
    }

    /// Decimal and floating columns carry numbers as strings (`"12.50"`, `"NaN"`).
    static func isNumericType(_ type: String) -> Bool {
        type.hasPrefix("decimal") || type == "double" || type == "float"
    }

    /// The element type of `array<…>`, or the value type of `map<…,…>`, roughly: enough to know
    /// whether nested strings are numbers.
    static func elementType(_ type: String) -> String {
        if type.hasPrefix("array<"), type.hasSuffix(">") { return String(type.dropFirst(6).dropLast()) }
        if type.hasPrefix("map<"), type.hasSuffix(">") {
            let inner = type.dropFirst(4).dropLast()
            var depth = 0
            for (offset, character) in inner.enumerated() {
                if character == "<" || character == "(" { depth += 1 }
                if character == ">" || character == ")" { depth -= 1 }
                if character == ",", depth == 0 { return String(inner.dropFirst(offset + 1)) }
            }
        }
        return ""
    }
}
