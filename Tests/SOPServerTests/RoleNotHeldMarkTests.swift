import Foundation
import GRDB
import SOPCore
import SOPEngine
import SOPServer
import SOPStore
import Testing

/// An event written by an operator who did not hold its role at that time (around the store's
/// check: a modified client, a superuser) is marked on the web desk's case page as `sop case`
/// marks it, from the same code (`CaseTimelineView` with `RosterAudit.unheld`).
@Suite struct RoleNotHeldMarkTests {
    /// A note at step 1 by 'mallory', who holds no role, appended with a correctly computed hash
    /// an hour after the case was started (the roster was in force since the day before); or by
    /// whom, in which role, how long after, as given.
    static func forgeNote(_ harness: Harness, caseID: String, operatorName: String = "mallory", role: String = "resepsionis",
                          after milliseconds: Int64 = 60 * 60_000, text: String = "catatan tanpa peran") throws -> Int {
        let store = try harness.store()
        let last = try #require(try store.archivedCase(caseID)?.events.last)
        let step = CaseFlowTests.stepID("1")
        var forged = ArchivedEvent(sequence: last.sequence + 1, at: last.at + milliseconds, operatorName: operatorName,
                                   role: role, step: step, type: "note-added",
                                   payload: #"{"step":"\#(step)","text":"\#(text)"}"#)
        forged.hash = EventChain.hash(caseID: caseID, forged, previous: last.hash ?? "")
        try store.withDatabase { db in
            try db.execute(sql: """
                INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash)
                VALUES (?, ?, ?, ?, ?, ?, 'note-added', ?, ?)
                """, arguments: [caseID, forged.sequence, forged.at, operatorName, role, step, forged.payload, forged.hash])
        }
        return forged.sequence
    }

    @Test func theCasePageMarksAnEventInARoleNotHeldAsSopCaseDoes() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, _) = try await CaseFlowTests.start(budi)
        let clean = try await budi.get("/kasus/\(id)")
        #expect(clean.status == .ok)
        #expect(!clean.body.contains("⚠"), "nothing marked before the forged event")

        let sequence = try Self.forgeNote(harness, caseID: id)
        let page = try await budi.get("/kasus/\(id)")
        #expect(page.status == .ok, "\(page.body)")
        #expect(page.body.contains(
            "<p class=\"galat\" id=\"peran-tak-dipegang\">⚠ 1 kejadian ditulis oleh operator yang tidak memegang perannya saat itu (daftar peran); periksa dengan sop db verify</p>"),
                "\(page.body)")
        #expect(page.body.contains(
            "<span class=\"galat tak-dipegang\">⚠ kejadian \(sequence) (mallory · Resepsionis, 30-11-2026 10.00 WIB): operator tidak memegang peran ini saat itu</span>"),
                "\(page.body)")
        // Under the step it belongs to, after that step's lines (the note itself is shown too).
        let item = try #require(page.body.components(separatedBy: "<li>").dropFirst().first { $0.contains("galat tak-dipegang") })
        #expect(item.contains("Catatan (mallory · Resepsionis, 30-11-2026 10.00 WIB): catatan tanpa peran"), "\(item)")
        #expect(page.body.components(separatedBy: "⚠ kejadian").count == 2, "only the forged event is marked")

        // In English, the same mark in English words.
        let english = try await budi.get("/kasus/\(id)?lang=en")
        #expect(english.body.contains("⚠ event \(sequence) (mallory · Resepsionis, 30-11-2026 10.00 WIB): the operator did not hold this role at that time"),
                "\(english.body)")
    }
}
