import Foundation
import GRDB

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

/// How many records an import added.
public struct ImportSummary: Sendable, Equatable {
    public var submissions = 0
    public var reviews = 0
    public var cards = 0
    public var hints = 0
    public var exams = 0
    public var activity = 0
    public var reviewItems = 0

    public var total: Int { submissions + reviews + cards + hints + exams + activity + reviewItems }
}

extension ProgressStore {
    /// The whole history as JSON, for backups and moving to another machine.
    public func exportJSON() throws(ProgressStoreError) -> Data {
        let snapshot = try snapshot()
        let migrations = try appliedMigrations()
        let export = ProgressExport(
            format: ProgressExport.formatName, migrations: migrations, exportedAt: clock.now(), history: snapshot)
        return try perform { try ProgressExport.encoder().encode(export) }
    }

    /// Submissions, reviews, hints and exams as one CSV table for spreadsheets.
    public func exportCSV() throws(ProgressStoreError) -> String {
        let snapshot = try snapshot()
        var rows: [[String]] = [["kind", "at", "reference", "topic", "result", "detail"]]
        for submission in snapshot.submissions {
            rows.append([
                "submission", ISO8601.string(from: submission.createdAt), submission.problemSlug, "",
                submission.verdict, submission.shuffles.map { "shuffles=\($0)" } ?? "",
            ])
        }
        for review in snapshot.reviews {
            rows.append([
                "review", ISO8601.string(from: review.reviewedAt), review.questionID, review.topic,
                review.correct ? "correct" : "wrong", "rating=\((Rating(rawValue: review.rating) ?? .again).name)",
            ])
        }
        for hint in snapshot.hints {
            rows.append(["hint", ISO8601.string(from: hint.createdAt), hint.problemSlug, "", "", "hint=\(hint.hintNumber)"])
        }
        for exam in snapshot.exams {
            rows.append([
                "exam", ISO8601.string(from: exam.startedAt), "exam-\(exam.id ?? 0)", "",
                exam.passed ? "passed" : "failed", "score=\(exam.correct)/\(exam.total)",
            ])
        }
        let sorted = [rows[0]] + rows.dropFirst().sorted { ($0[1], $0[0], $0[2]) < ($1[1], $1[0], $1[2]) }
        return sorted.map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Merges an export into this history in one transaction. Records already present (same time
    /// and subject) are skipped, so importing the same file twice adds nothing; a card is replaced
    /// only by a more recently reviewed one.
    @discardableResult
    public func importJSON(_ data: Data, source: String) throws(ProgressStoreError) -> ImportSummary {
        let export: ProgressExport
        do {
            export = try ProgressExport.decoder().decode(ProgressExport.self, from: data)
        } catch {
            throw .invalidImport(path: source, detail: "not a progress export (\(error))")
        }
        guard export.format == ProgressExport.formatName else {
            throw .invalidImport(path: source, detail: "format is \"\(export.format)\"")
        }
        let known = Set(ProgressSchema.identifiers)
        if let unknown = export.migrations.first(where: { !known.contains($0) }) {
            throw .invalidImport(path: source, detail: "written by a newer dojo (schema \(unknown))")
        }
        let history = export.history
        return try perform {
            try writer.write { db in
                var summary = ImportSummary()
                for var record in history.submissions where try SubmissionRecord.filter(
                    Column("problem_slug") == record.problemSlug && Column("created_at") == record.createdAt
                        && Column("content") == record.content
                ).isEmpty(db) {
                    record.id = nil
                    try record.insert(db)
                    summary.submissions += 1
                }
                for var record in history.reviews where try ReviewRecord.filter(
                    Column("question_id") == record.questionID && Column("reviewed_at") == record.reviewedAt
                ).isEmpty(db) {
                    record.id = nil
                    try record.insert(db)
                    summary.reviews += 1
                }
                for record in history.cards {
                    let existing = try CardRecord.fetchOne(db, key: record.questionID)
                    if let existing, (existing.lastReview ?? .distantPast) >= (record.lastReview ?? .distantPast) {
                        continue
                    }
                    try record.save(db)
                    summary.cards += 1
                }
                for var record in history.hints where try HintRecord.filter(
                    Column("problem_slug") == record.problemSlug && Column("created_at") == record.createdAt
                ).isEmpty(db) {
                    record.id = nil
                    try record.insert(db)
                    summary.hints += 1
                }
                for var record in history.exams where try ExamRecord.filter(
                    Column("started_at") == record.startedAt
                ).isEmpty(db) {
                    record.id = nil
                    try record.insert(db)
                    summary.exams += 1
                }
                for var record in history.activity where try ActivityRecord.filter(
                    Column("occurred_at") == record.occurredAt && Column("kind") == record.kind.rawValue
                        && Column("reference") == record.reference
                ).isEmpty(db) {
                    record.id = nil
                    try record.insert(db)
                    summary.activity += 1
                }
                for var record in history.reviewItems where try ReviewItemRecord.filter(
                    Column("kind") == record.kind.rawValue && Column("reference") == record.reference
                        && Column("created_at") == record.createdAt
                ).isEmpty(db) {
                    if record.resolvedAt == nil, try !ReviewItemRecord.filter(
                        Column("kind") == record.kind.rawValue && Column("reference") == record.reference
                            && Column("resolved_at") == nil
                    ).isEmpty(db) {
                        continue
                    }
                    record.id = nil
                    try record.insert(db)
                    summary.reviewItems += 1
                }
                return summary
            }
        }
    }
}
