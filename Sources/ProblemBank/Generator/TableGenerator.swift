extension GeneratorSpec {
    /// The rows, with values in `columnOrder` (the table's schema order). Columns without a generator
    /// are null. Each column draws from its own stream; for each row, a column with a null fraction
    /// first draws `unit() < nullFraction` and, when null, draws nothing else for that row.
    public func generateRows(columnOrder: [String]) -> [[JSONValue]] {
        var columnsByName: [String: GeneratedColumn] = [:]
        for column in columns { columnsByName[column.name] = column }
        var generated: [[JSONValue]] = []
        for name in columnOrder {
            guard let column = columnsByName[name] else {
                generated.append(Array(repeating: .null, count: rows))
                continue
            }
            generated.append(column.values(seed: seed, rows: rows))
        }
        var result: [[JSONValue]] = []
        result.reserveCapacity(rows)
        for row in 0..<rows {
            result.append(generated.map { $0[row] })
        }
        return result
    }
}

extension GeneratedColumn {
    func values(seed: Int64, rows: Int) -> [JSONValue] {
        var random = SplitMix64(seed: seed, column: name)
        var values: [JSONValue] = []
        values.reserveCapacity(rows)
        for row in 0..<rows {
            if nullFraction > 0, random.unit() < nullFraction {
                values.append(.null)
                continue
            }
            values.append(generator.value(row: row, random: &random))
        }
        return values
    }
}

extension ColumnGenerator {
    func value(row: Int, random: inout SplitMix64) -> JSONValue {
        switch self {
        case .sequence(let start, let step):
            return .int(start &+ step &* Int64(row))
        case .int(let min, let max):
            return .int(random.int(in: min, max))
        case .double(let min, let max, let decimals):
            let scale = Double(Self.powerOfTen(decimals))
            let low = Int64((min * scale + 0.5).rounded(.down))
            let high = Int64((max * scale + 0.5).rounded(.down))
            return .double(Double(random.int(in: low, high)) / scale)
        case .choice(let values, let weights):
            let total = weights.reduce(0, +)
            var pick = random.int(in: 0, total - 1)
            for (value, weight) in zip(values, weights) {
                if pick < weight { return value }
                pick -= weight
            }
            return values.last ?? .null
        case .pattern(let parts):
            var text = ""
            for part in parts {
                switch part {
                case .literal(let literal): text += literal
                case .row: text += String(row + 1)
                case .int(let min, let max): text += String(random.int(in: min, max))
                case .letters(let count):
                    for _ in 0..<count {
                        text.unicodeScalars.append(UnicodeScalar(UInt8(97 + random.int(in: 0, 25))))
                    }
                case .digits(let count):
                    for _ in 0..<count { text += String(random.int(in: 0, 9)) }
                }
            }
            return .string(text)
        case .date(let start, let end):
            return .string(CivilDate.dateText(days: random.int(in: start, end)))
        case .timestamp(let start, let end):
            return .string(CivilDate.timestampText(seconds: random.int(in: start, end)))
        case .constant(let value):
            return value
        }
    }

    static func powerOfTen(_ exponent: Int) -> Int64 {
        var result: Int64 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}
