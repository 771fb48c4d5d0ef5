import Foundation
import GRDB
import SOPCore
import SOPEngine
import Testing

@testable import SOPStore

/// The worklist column (`sop_case.tasks`) is written byte by byte: its text is pinned here,
/// escapes and a step without a due time included, as the view `case_task` and every reader
/// of the column take it.
@Suite("the worklist column's JSON")
struct TaskListJSONTests {
    @Test func writesEachWaitingStepAsBefore() {
        let entries = [
            CaseProjection.ActiveEntry(step: "3", stepLabel: "Verifikasi \"berkas\"\n\\ ok", visit: 2, role: "petugas",
                                       roleName: "Petugas FO", startedAt: Date(milliseconds: 1_796_004_000_000),
                                       due: Date(milliseconds: 1_796_007_600_000)),
            CaseProjection.ActiveEntry(step: "4", stepLabel: "Pemeriksaan ü", visit: 11, role: "kasi", roleName: "Kasi",
                                       startedAt: Date(milliseconds: 1_796_004_000_123), due: nil),
        ]
        #expect(TaskList.json(entries) == #"""
            [{"step":"3","step_label":"Verifikasi \"berkas\"\n\\ ok","visit":2,"role":"petugas","role_name":"Petugas FO","started_at":1796004000000,"due_at":1796007600000},{"step":"4","step_label":"Pemeriksaan ü","visit":11,"role":"kasi","role_name":"Kasi","started_at":1796004000123}]
            """#)
        #expect(TaskList.json([CaseProjection.ActiveEntry]()) == nil)
    }

    @Test func readsBackThroughTheWorklistView() throws {
        let store = try SQLiteCaseStore()
        let tasks = TaskList.json([CaseProjection.ActiveEntry(step: "7", stepLabel: "Tujuh \"x\"", visit: 1, role: "r", roleName: "R",
                                                              startedAt: Date(milliseconds: 5), due: nil)])
        let row = try store.withDatabase { db in
            try Row.fetchOne(db, sql: "SELECT ?->>'$[0].step_label', ?->>'$[0].visit', json_valid(?)", arguments: [tasks, tasks, tasks])
        }
        #expect(row?[0] as String? == "Tujuh \"x\"")
        #expect(row?[1] as Int? == 1)
        #expect(row?[2] as Int? == 1)
    }
}
