import Foundation
import GRDB

/// A hint shown for a coding problem.
public struct HintRecord: Codable, Sendable, Equatable, Identifiable {
    public var id: Int64?
    public var problemSlug: String
    /// 1 for the first hint of the problem, 2 for the second, …
    public var hintNumber: Int
    public var createdAt: Date

    public init(id: Int64? = nil, problemSlug: String, hintNumber: Int, createdAt: Date) {
        self.id = id
        self.problemSlug = problemSlug
        self.hintNumber = hintNumber
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, problemSlug = "problem_slug", hintNumber = "hint_number", createdAt = "created_at"
    }
}

extension HintRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "hint"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
