import Foundation

extension ProgressReport {
    /// The dashboard of `dojo progress`, at most 80 columns wide.
    public func render(style: TextStyle) -> String {
        var out: [String] = []
        out.append(style.bold("Progress") + style.dim("  \(today) (\(timeZone))"))
        out.append("")
        let difficulties = ["easy", "medium", "hard"] + problems.byDifficulty.keys.sorted().filter {
            !["easy", "medium", "hard"].contains($0)
        }
        let solvedParts = difficulties.compactMap { name -> String? in
            guard let counts = problems.byDifficulty[name] else { return nil }
            return "\(name) \(counts.solved)/\(counts.total)"
        }
        out.append("Problems solved  \(problems.solved)/\(problems.total)"
            + (solvedParts.isEmpty ? "" : "   (" + solvedParts.joined(separator: ", ") + ")"))
        out.append("Submissions      \(submissions), \(acceptedSubmissions) accepted"
            + (submissions > 0 ? " (\(Self.percent(acceptanceRate)))" : "")
            + (problems.attempted > 0 ? ", \(problems.attempted) problem(s) not solved yet" : ""))
        out.append("Quiz reviews     \(reviews)"
            + (quizAccuracy.map { ", \(Self.percent($0)) right" } ?? "")
            + (exams > 0 ? ", \(exams) mock exam(s)" : ""))
        if let lastExam {
            out.append("Last mock exam   \(lastExam.correct)/\(lastExam.total)"
                + " (\(Self.percent(lastExam.total == 0 ? 0 : Double(lastExam.correct) / Double(lastExam.total))))"
                + (lastExam.passed ? ", passed" : ", not passed"))
        }
        out.append("Streak           \(streak.current) day\(streak.current == 1 ? "" : "s")"
            + " (longest \(streak.longest))")
        out.append("Due today        \(dueToday) review\(dueToday == 1 ? "" : "s")"
            + "   next 7 days: " + forecast.map { "\($0.due)" }.joined(separator: " "))
        out.append("")
        out.append(style.bold("Activity, last \(heatmap.weeks) weeks"))
        out.append(renderHeatmap(style: style))
        out.append("")
        let practised = topics.filter(\.isPractised)
        if !topics.isEmpty {
            out.append(style.bold("Topics") + style.dim("  mastery = solved problems and remembered questions"))
            let shown = practised.isEmpty ? Array(topics.prefix(8)) : practised
            for topic in shown {
                let bar = Self.bar(topic.mastery, width: 10)
                let detail = "problems \(topic.problemsSolved)/\(topic.problemsTotal)"
                    + "  questions \(topic.questionsReviewed)/\(topic.questionsTotal)"
                out.append("  " + TextWrap.pad(topic.topic, 24) + " " + style.green(bar) + " "
                    + TextWrap.pad(Self.percent(topic.mastery), 5) + " " + style.dim(detail))
            }
            if shown.count < topics.count {
                out.append(style.dim("  … \(topics.count - shown.count) more topic(s) not practised yet"))
            }
            out.append("")
        }
        if openReviewItems > 0 {
            out.append("Missed, to redo  \(openReviewItems) question(s) or problem(s); `dojo quiz` brings them back")
        }
        if !weakestTopics.isEmpty {
            out.append("Weakest topics   " + weakestTopics.joined(separator: ", "))
        }
        if !recommended.isEmpty {
            out.append(style.bold("Next problems"))
            for item in recommended {
                out.append("  " + TextWrap.pad(item.slug, 36) + " " + TextWrap.pad(item.difficulty, 7)
                    + style.dim(item.reason))
            }
        }
        if submissions == 0 && reviews == 0 {
            out.append("")
            out.append("Nothing practised yet: try `dojo today`, `dojo quiz` or `dojo list`.")
        }
        return out.joined(separator: "\n")
    }

    func renderHeatmap(style: TextStyle) -> String {
        let names = ["Mon", "   ", "Wed", "   ", "Fri", "   ", "Sun"]
        let glyphs = ["·", "░", "▒", "▓", "█"]
        var lines: [String] = [monthLabels()]
        for (row, cells) in heatmap.grid.enumerated() {
            var line = "  " + names[row] + " "
            for cell in cells {
                guard let cell else {
                    line += "  "
                    continue
                }
                line += style.shade(glyphs[cell.level], level: cell.level) + " "
            }
            lines.append(line)
        }
        lines.append(style.dim("      less " + glyphs.joined(separator: " ") + " more"))
        return lines.joined(separator: "\n")
    }

    /// Month names over the first week column of each month, e.g. "      Jan     Feb".
    func monthLabels() -> String {
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        var line = Array(repeating: Character(" "), count: 6 + heatmap.weeks * 2 + 2)
        var previousMonth = 0
        let grid = heatmap.grid
        for column in 0..<heatmap.weeks {
            guard let first = (0..<7).lazy.compactMap({ grid[$0][column] }).first else { continue }
            let month = first.day.month
            defer { previousMonth = month }
            guard month != previousMonth else { continue }
            let start = 6 + column * 2
            let label = Array(names[month - 1])
            // Skip a label that would run into the previous one.
            guard start + label.count <= line.count, line[max(6, start - 1)] == " " else { continue }
            for (offset, character) in label.enumerated() { line[start + offset] = character }
        }
        return String(line).trimmingCharacters(in: .whitespaces).isEmpty ? "" : String(line).replacingOccurrences(
            of: "\\s+$", with: "", options: .regularExpression)
    }

    static func percent(_ value: Double) -> String {
        "\(Int((value * 100).rounded()))%"
    }

    static func bar(_ value: Double, width: Int) -> String {
        let filled = Int((min(max(value, 0), 1) * Double(width)).rounded())
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }
}
