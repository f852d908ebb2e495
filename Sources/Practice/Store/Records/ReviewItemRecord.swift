import Foundation
import GRDB

/// Something missed that should come back: a question answered wrong or a problem not yet accepted.
public struct ReviewItemRecord: Codable, Sendable, Equatable, Identifiable {
    public enum Kind: String, Codable, Sendable {
        /// A quiz question answered wrong; `reference` is the question id.
        case question
        /// A coding problem submitted without being accepted; `reference` is the slug.
        case problem
    }

    public var id: Int64?
    public var kind: Kind
    public var reference: String
    /// The concept to review (the question's or problem's topic).
    public var topic: String
    /// Why it is here, e.g. the verdict or "answered wrong".
    public var reason: String
    public var createdAt: Date
    /// Set when the question is later answered right or the problem accepted.
    public var resolvedAt: Date?

    public init(
        id: Int64? = nil, kind: Kind, reference: String, topic: String, reason: String, createdAt: Date,
        resolvedAt: Date? = nil
    ) {
        self.id = id
        self.kind = kind
        self.reference = reference
        self.topic = topic
        self.reason = reason
        self.createdAt = createdAt
        self.resolvedAt = resolvedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, reference, topic, reason, createdAt = "created_at", resolvedAt = "resolved_at"
    }
}

extension ReviewItemRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "review_item"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
