/// `df.show()`'s table: right-aligned cells, `+---+` borders, cells cut to `truncate` characters with `...`,
/// and `only showing top N rows` when there are more.
enum ShowFormatter {
    static func format(schema: [StructField], rows: [[Value]], numRows: Int, truncate: Int) -> String {
        let shown = rows.prefix(numRows)
        func cut(_ s: String) -> String {
            guard truncate > 0, s.count > truncate else { return s }
            return truncate < 4 ? String(s.prefix(truncate)) : String(s.prefix(truncate - 3)) + "..."
        }
        let header = schema.map { cut($0.name) }
        let cells = shown.map { row in row.enumerated().map { i, v in cut(ValueFormatter.showString(v, schema[i].dataType)) } }
        var widths = header.map { max(3, $0.count) }
        for row in cells { for (i, c) in row.enumerated() { widths[i] = max(widths[i], c.count) } }
        func pad(_ s: String, _ w: Int) -> String {
            truncate > 0 ? String(repeating: " ", count: w - s.count) + s : s + String(repeating: " ", count: w - s.count)
        }
        let border = "+" + widths.map { String(repeating: "-", count: $0) }.joined(separator: "+") + "+"
        var lines = [border, "|" + zip(header, widths).map { pad($0, $1) }.joined(separator: "|") + "|", border]
        for row in cells { lines.append("|" + zip(row, widths).map { pad($0, $1) }.joined(separator: "|") + "|") }
        lines.append(border)
        var text = lines.joined(separator: "\n") + "\n"
        if rows.count > numRows { text += "only showing top \(numRows) row\(numRows == 1 ? "" : "s")\n" }
        return text
    }
}
