import Foundation

/// The file written by `dojo progress export --format json`.
public struct ProgressExport: Codable, Sendable, Equatable {
    public static let formatName = "sparkdojo-progress"

    public var format: String
    public var migrations: [String]
    public var exportedAt: Date
    public var history: ProgressSnapshot

    enum CodingKeys: String, CodingKey {
        case format, migrations, exportedAt = "exported_at", history
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ISO8601.string(from: date))
        }
        return encoder
    }

    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = DojoClock.parseISO8601(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ISO-8601 time: \(text)")
            }
            return date
        }
        return decoder
    }
}
