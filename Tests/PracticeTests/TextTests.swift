import Testing
@testable import Practice

@Suite struct TextTests {
    @Test func paragraphsAreReflowedToEightyColumns() {
        let text = """
            `df.cache()` only marks the plan for caching; the data is materialised by the first action
            that reads it (and `show()` caches only the partitions it read).

            - one item
            - another item that is long enough to need wrapping because it goes on and on past the edge
                code stays as it is, however long it is, because it is indented like code in Markdown
            """
        let wrapped = TextWrap.wrap(text)
        let lines = wrapped.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 80 || $0.hasPrefix("    ") })
        #expect(lines[0].hasPrefix("`df.cache()` only marks the plan for caching; the data is materialised by the"))
        #expect(lines[1] == "first action that reads it (and `show()` caches only the partitions it read).")
        #expect(lines[2] == "")
        #expect(lines[3] == "- one item")
        #expect(lines[4].hasPrefix("- another item"))
        #expect(lines.last == "    code stays as it is, however long it is, because it is indented like code in Markdown")
    }

    @Test func indentIsKeptOnEveryLine() {
        let wrapped = TextWrap.wrap(String(repeating: "word ", count: 40), width: 40, indent: "   ")
        #expect(wrapped.split(separator: "\n").allSatisfy { $0.hasPrefix("   w") && $0.count <= 40 })
    }

    @Test func lineDiffKeepsCommonLines() {
        let diff = LineDiff.lines("a\nb\nc", "a\nc\nd")
        #expect(diff == [.same("a"), .removed("b"), .same("c"), .added("d")])
        let plain = LineDiff.render("x", "y", oldName: "old", newName: "new", style: TextStyle(colors: false))
        #expect(plain == "--- old\n+++ new\n- x\n+ y")
    }

    @Test func colorsOnlyWhenAllowed() {
        #expect(TextStyle(colors: false).green("ok") == "ok")
        #expect(TextStyle(colors: true).green("ok") == "\u{1B}[32mok\u{1B}[0m")
        #expect(TextStyle.forStandardOutput(environment: ["NO_COLOR": "1"]).colors == false)
    }

    @Test func dashboardFitsEightyColumnsWithoutColors() throws {
        let (store, clock) = try ProgressReportTests.weekOfPractice()
        let report = ProgressReport(snapshot: try store.snapshot(), catalog: Fixtures.catalog, now: clock.now, timeZone: utc)
        let text = report.render(style: TextStyle(colors: false))
        #expect(!text.contains("\u{1B}"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(text.contains("Streak           2 days (longest 2)"))
        #expect(text.contains("Problems solved  1/3"))
        #expect(text.contains("Missed, to redo  2 question(s) or problem(s)"))
    }
}

@Suite struct HeatmapTextTests {
    @Test func monthNamesSitOverTheWeekWhereTheMonthStarts() throws {
        let store = try ProgressStore.inMemory(clock: .fixed(instant("2026-03-29T12:00:00Z")))
        let report = ProgressReport(
            snapshot: try store.snapshot(), catalog: PracticeCatalog(), now: instant("2026-03-29T12:00:00Z"), timeZone: utc)
        // 12 weeks ending Sunday 2026-03-29 start on Monday 2026-01-05.
        let labels = report.monthLabels()
        #expect(labels.hasPrefix("      Jan"))
        // February's first Monday is the 2nd: column 4; March's is the 2nd: column 8.
        #expect(labels == "      Jan     Feb     Mar")
        let heatmap = report.renderHeatmap(style: TextStyle(colors: false))
        #expect(heatmap.split(separator: "\n").count == 9)
    }
}
