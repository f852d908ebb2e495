import Judge
import Practice
import ProblemBank

/// The honest diff of a wrong answer on a visible test: missing rows (`-`), extra rows (`+`),
/// changed rows (`~`) with each differing cell shown as `expected → actual` and the difference
/// named, and type differences listed.
enum ResultDiffRenderer {
    static let maxRows = 12

    static func render(_ comparison: ResultComparison, style: TextStyle) -> String {
        var lines: [String] = []
        for reason in comparison.reasons { lines.append("  " + reason) }
        for difference in comparison.typeDifferences {
            lines.append("  Type: " + difference.description + (comparison.matches ? "" : " (values are compared by value)"))
        }
        let differing = comparison.diff.filter { $0.kind != .matched }
        guard !differing.isEmpty else { return lines.joined(separator: "\n") }
        let sameWidth = comparison.expectedColumns.count == comparison.actualColumns.count
        if !sameWidth {
            lines.append("")
            lines.append("  Expected (\(comparison.expectedRowCount) rows):")
            lines.append(indent(ShowTable.render(header: comparison.expectedColumns.map(\.name),
                                                 jsonRows: differing.compactMap(\.expected), limit: maxRows)))
            lines.append("  Yours (\(comparison.actualRowCount) rows):")
            lines.append(indent(ShowTable.render(header: comparison.actualColumns.map(\.name),
                                                 jsonRows: differing.compactMap(\.actual), limit: maxRows)))
            return lines.joined(separator: "\n")
        }
        let header = ["", "#"] + comparison.expectedColumns.map(\.name) + ["difference"]
        var rows: [[String]] = []
        var marks: [RowDifference.Kind] = []
        for row in differing.prefix(maxRows) {
            var cells: [String]
            let position = row.actualPosition ?? row.expectedPosition
            switch row.kind {
            case .missing:
                cells = ["-", position.map { "e\($0)" } ?? ""] + (row.expected ?? []).map(ShowTable.cellText) + ["missing from yours"]
            case .extra:
                cells = ["+", position.map(String.init) ?? ""] + (row.actual ?? []).map(ShowTable.cellText) + ["not expected"]
            case .changed:
                let expected = row.expected ?? [], actual = row.actual ?? []
                cells = ["~", position.map(String.init) ?? ""]
                for index in expected.indices {
                    if row.cells.contains(where: { $0.column == index }), index < actual.count {
                        cells.append(ShowTable.cellText(expected[index]) + " → " + ShowTable.cellText(actual[index]))
                    } else {
                        cells.append(ShowTable.cellText(expected[index]))
                    }
                }
                cells.append(row.cells.map { "\(comparison.expectedColumns[$0.column].name): \($0.note)" }.joined(separator: "; "))
            case .matched:
                continue
            }
            rows.append(cells)
            marks.append(row.kind)
        }
        lines.append("")
        lines.append("  - expected but missing   + yours but not expected   ~ expected → yours")
        let table = DiffTable.render(header: header, rows: rows)
        let tableLines = table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, line) in tableLines.enumerated() {
            // Header and separator take the first two lines.
            let rowIndex = index - 2
            guard rowIndex >= 0, rowIndex < marks.count else {
                lines.append("  " + line)
                continue
            }
            switch marks[rowIndex] {
            case .missing: lines.append("  " + style.red(line))
            case .extra: lines.append("  " + style.green(line))
            case .changed: lines.append("  " + style.yellow(line))
            case .matched: lines.append("  " + line)
            }
        }
        if differing.count > maxRows {
            lines.append("  … and \(differing.count - maxRows) more differing rows")
        }
        return lines.joined(separator: "\n")
    }

    private static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }
}

/// A plain left-aligned table with a header rule, for reports.
enum DiffTable {
    static func render(header: [String], rows: [[String]]) -> String {
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell + String(repeating: " ", count: max(0, widths[index] - cell.count))
            }.joined(separator: "  ")
        }
        var lines = [line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        lines += rows.map(line)
        return lines.joined(separator: "\n")
    }
}
