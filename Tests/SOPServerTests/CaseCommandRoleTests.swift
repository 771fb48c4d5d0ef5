import Foundation
import HTTPTypes
import Hummingbird
import SOPCore
import SOPEngine
import SOPServer
import Testing

/// Found by the second outside tester: any holder of any role of SOP 01 could pause and cancel
/// a case waiting for another role. Pause, resume and cancel belong to whoever holds the
/// waiting step's role, as at the terminal.
@Suite struct CaseCommandRoleTests {
    @Test func pauseResumeAndCancelNeedTheWaitingStepsRole() async throws {
        let harness = try await Harness()
        let budi = harness.browser(), citra = harness.browser(address: "192.0.2.11")
        try await budi.login("budi")
        try await citra.login("citra")
        let (id, _) = try await CaseFlowTests.start(budi)  // waiting at kegiatan 1, Resepsionis
        let before = try harness.store().events(of: CaseID(id)).count
        try await citra.get("/")
        let paused = try await citra.post("/kasus/\(id)/jeda", [])
        #expect(paused.status == .forbidden)
        #expect(paused.body.contains("Resepsionis"))
        #expect(try await citra.post("/kasus/\(id)/batal", [("alasan", "palsu"), ("yakin", "ya")]).status == .forbidden)
        #expect(try harness.store().events(of: CaseID(id)).count == before)
        // The waiting step's holder may; then the other role still may not resume it.
        try await budi.get("/")
        #expect(try await budi.post("/kasus/\(id)/jeda", []).status == .seeOther)
        #expect(try await citra.post("/kasus/\(id)/lanjut", []).status == .forbidden)
        #expect(try await budi.post("/kasus/\(id)/lanjut", []).status == .seeOther)
    }
}

/// Found by the second outside tester: the web timeline told desk officers to use the
/// terminal's --show-personal flag.
@Suite struct TimelineFlagHintTests {
    @Test func theWebTimelineNamesNoTerminalFlag() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, first) = try await CaseFlowTests.start(budi)
        // Step 1 answered as in the fixture: the case now holds a NIK and a phone.
        let script = try AnswerScript.parse(bytes: Array(Data(contentsOf: Harness.root.appendingPathComponent("Tests/Fixtures/answers/01-lengkap.yaml"))),
                                            path: "01-lengkap.yaml").get()
        let entry = try #require(script.entries.first)
        let step = try #require(CaseFlowTests.sop.steps.first { $0.number == "1" })
        let form = try await budi.get(first)
        let done = try await budi.postMultipart(first, CaseFlowTests.fields(for: entry, step: step) + [("versi", CaseFlowTests.versi(form.body))], files: [:])
        #expect(done.status == .seeOther)
        let page = try await budi.get("/kasus/\(id)")
        #expect(page.body.contains("3573"))  // the masked NIK is there
        #expect(page.status == .ok)
        #expect(!page.body.contains("--show-personal"))
        #expect(!(try await budi.get("/kasus/\(id)?lang=en")).body.contains("--show-personal"))
    }
}

/// Found by the second outside tester: the correction form offered the answers of a step still
/// being worked on that it had not given yet, and "correcting" one filled it in behind the
/// step's form. A correction amends an answer; an unanswered one is answered in the step.
@Suite struct CorrectionOfUnansweredTests {
    @Test func anUnansweredItemOfAStepInProgressIsNotCorrected() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, first) = try await CaseFlowTests.start(budi)
        let step = try #require(CaseFlowTests.sop.steps.first { $0.number == "1" })
        // Kegiatan 1 in progress, nothing answered yet: its output cannot be "corrected" in.
        let output = try #require(step.mutuBaku.output.first)
        try await budi.get("/kasus/\(id)")
        let refused = try await budi.post("/kasus/\(id)/koreksi",
                                          [("butir", [step.id.value, "output", output.value].joined(separator: "\t")),
                                           ("nilai", "diisi lewat koreksi"), ("alasan", "coba")])
        #expect(refused.status == .unprocessableContent)
        #expect(refused.body.contains("belum dijawab di kegiatan"))
        let corrections = try harness.store().events(of: CaseID(id)).filter { if case .answerCorrected = $0.kind { true } else { false } }
        #expect(corrections.isEmpty)
        #expect(try await budi.get(first).status == .ok)
    }
}
