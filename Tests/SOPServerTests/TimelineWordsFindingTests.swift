import Foundation
import HTTPTypes
import Hummingbird
import SOPCore
import SOPEngine
import SOPModel
import SOPServer
import SOPTerminal
import Testing

/// The web timeline says what `sop case` says (its own code): labels, not internal names; the
/// cancellation's reason, not its status word.
@Suite struct TimelineWordsFindingTests {
    @Test func theTimelineUsesSopCaseWordsAndShowsTheCancellationReason() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, first) = try await CaseFlowTests.start(budi)
        let step = try #require(CaseFlowTests.sop.steps.first { $0.number == "1" })
        let page = try await budi.get(first)
        let fields: [(String, String)] = [("k.0", "ada"), ("f.nama", "Siti Aminah"), ("f.nik", "3573014101900001"),
                                          ("f.telepon", "0812-3456-7890"), ("f.cara_menghubungi", "Telepon"),
                                          ("f.maksud", "Menanyakan syarat"), ("o.0", "Dicatat"), ("catatan", "Datang pagi"),
                                          ("versi", CaseFlowTests.versi(page.body))]
        #expect(step.form.contains { $0.name.value == "cara_menghubungi" })
        #expect(try await budi.postMultipart(first, fields, files: [:]).status == .seeOther)
        try await budi.get("/kasus/\(id)/batal")
        #expect(try await budi.post("/kasus/\(id)/batal", [("alasan", "pelapor mencabut pengaduan"), ("yakin", "ya")]).status == .seeOther)
        let timeline = try await budi.get("/kasus/\(id)")
        let list = try #require(timeline.body.components(separatedBy: "<ol id=\"linimasa\">").last?.components(separatedBy: "</ol>").first)
        // Who cancelled it and when, with the reason (web6: the terminal's "Dibatalkan: …" line named no one).
        #expect(timeline.body.contains("Kasus ini dibatalkan oleh budi (Resepsionis), 30-11-2026 09.00 WIB: pelapor mencabut pengaduan"))
        #expect(!timeline.body.contains("Dibatalkan: dibatalkan"))
        #expect(list.contains("Cara menghubungi = Telepon"))
        #expect(!list.contains("cara_menghubungi"))
        #expect(!list.contains("Kasus dimulai"))
        #expect(!list.contains("Catatan: Catatan"))
        #expect(list.contains("Datang pagi"))
        #expect(!timeline.body.contains("3573014101900001") && !timeline.body.contains("0812-3456-7890"))
        // The same lines as sop case, masked.
        let pinnedEvents = try harness.store().events(of: CaseID(id))
        let sopCase = CaseTimelineView(id: CaseID(id), events: pinnedEvents, sop: CaseFlowTests.sop,
                                       time: TimeText(language: .id, timeZone: WorkCalendar.standard.timeZone), showPersonal: false,
                                       now: harness.clock.now()).render()
        let fieldsLine = try #require(sopCase.split(separator: "\n").first { $0.contains("Cara menghubungi = Telepon") })
        #expect(list.contains(HTML.escape(fieldsLine.trimmingCharacters(in: .whitespaces))))
    }
}
