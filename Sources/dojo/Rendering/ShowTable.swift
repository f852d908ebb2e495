import ProblemBank
import SparkLite

/// Tables laid out as `df.show()` does: `+---+` borders, cells right-aligned, long cells cut to 20
/// characters, `NULL` for null, and "only showing top N rows" when rows were left out.
enum ShowTable {
    static func render(header: [String], rows: [[String]], limit: Int = 20, truncate: Int = 20) -> String {
        func cut(_ text: String) -> String {
            guard truncate > 0, text.count > truncate else { return text }
            return truncate < 4 ? String(text.prefix(truncate)) : String(text.prefix(truncate - 3)) + "..."
        }
        let shown = rows.prefix(limit).map { $0.map(cut) }
        let headerCells = header.map(cut)
        var widths = headerCells.map { max(3, $0.count) }
        for row in shown {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        let border = "+" + widths.map { String(repeating: "-", count: $0) }.joined(separator: "+") + "+"
        func line(_ cells: [String]) -> String {
            "|" + cells.enumerated().map { index, cell in
                String(repeating: " ", count: max(0, widths[index] - cell.count)) + cell
            }.joined(separator: "|") + "|"
        }
        var lines = [border, line(headerCells), border]
        lines += shown.map(line)
        lines.append(border)
        if rows.count > limit {
            lines.append("only showing top \(limit) row\(limit == 1 ? "" : "s")")
        }
        return lines.joined(separator: "\n")
    }

    /// Engine values under their column types.
    static func render(columns: [StructField], rows: some Collection<[Value]>, limit: Int = 20) -> String {
        let cells = rows.prefix(limit + 1).map { row in
            row.enumerated().map { index, value in
                ValueFormatter.showString(value, index < columns.count ? columns[index].dataType : .null)
            }
        }
        return render(header: columns.map(\.name), rows: cells, limit: limit)
    }

    /// Cells of the contract's JSON encoding (expected outputs, dataset rows), shown as `df.show()` would.
    static func cellText(_ cell: JSONValue) -> String {
        switch cell {
        case .null: "NULL"
        case .bool(let bool): bool ? "true" : "false"
        case .int(let int): String(int)
        case .double(let double): ValueFormatter.javaDouble(double)
        case .string(let text): text
        case .array(let items): "[" + items.map(cellText).joined(separator: ", ") + "]"
        case .object(let pairs): "{" + pairs.map { "\($0.key) -> \(cellText($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    static func render(header: [String], jsonRows: [[JSONValue]], limit: Int = 20) -> String {
        render(header: header, rows: jsonRows.map { $0.map(cellText) }, limit: limit)
    }
}
