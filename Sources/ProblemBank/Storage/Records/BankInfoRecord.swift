import GRDB

/// A row of `bank_info`: facts about the build (source hash and fingerprint, sources path).
struct BankInfoRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "bank_info"
    var key: String
    var value: String

    enum Columns {
        static let key = Column(CodingKeys.key)
    }

    static let sourceHashKey = "source_hash"
    static let sourceFingerprintKey = "source_fingerprint"
    static let sourcesPathKey = "sources_path"
}
