import Foundation
import GRDB

/// One moment of practice. Streaks and the heatmap count the local days that have any.
///
/// Timestamps are stored, not days, so the days can be computed in whatever time zone the
/// user is in when they look.
public struct ActivityRecord: Codable, Sendable, Equatable, Identifiable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case submission, review, hint, exam, reading
    }

    public var id: Int64?
    public var occurredAt: Date
    public var kind: Kind
    /// The problem slug, question id or exam id the activity was about.
    public var reference: String

    public init(id: Int64? = nil, occurredAt: Date, kind: Kind, reference: String) {
        self.id = id
        self.occurredAt = occurredAt
        self.kind = kind
        self.reference = reference
    }

    enum CodingKeys: String, CodingKey {
        case id, occurredAt = "occurred_at", kind, reference
    }
}

extension ActivityRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "activity"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
