import Foundation
import HTTPTypes
import Hummingbird
import SOPCore
import SOPServer
import Testing

/// A paused case: its step stays in the worklist, marked, with the resume at hand; its step
/// page says it is paused and offers the resume instead of a bare 409.
@Suite struct PausedCaseFindingTests {
    @Test func aPausedCaseIsMarkedInTheWorklistAndItsStepPageOffersTheResume() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, first) = try await CaseFlowTests.start(budi)
        try await budi.get("/kasus/\(id)/jeda")
        #expect(try await budi.post("/kasus/\(id)/jeda", []).status == .seeOther)
        let list = try await budi.get("/")
        let row = try #require(list.body.range(of: "data-kasus=\"\(id)\"").map { String(list.body[$0.lowerBound...].prefix(2000)) })
        #expect(list.body.contains("class=\"tugas dijeda\" data-kasus=\"\(id)\""))
        #expect(row.contains("<span class=\"tanda-dijeda\">dijeda</span>"))
        #expect(row.contains("action=\"/kasus/\(id)/lanjut\""))
        #expect(!row.components(separatedBy: "</tr>")[0].contains("class=\"buka tombol\""))
        let page = try await budi.get(first)
        #expect(page.status == .ok)
        #expect(page.body.contains("id=\"dijeda\""))
        #expect(page.body.contains("Kasus \(id) sedang dijeda"))
        #expect(page.body.contains("form id=\"lanjut\" method=\"post\" action=\"/kasus/\(id)/lanjut\""))
        #expect(!page.body.contains("form id=\"langkah\""))
        // A form posted from before the pause says the same, not "not waiting".
        let posted = try await budi.post(first, [("versi", "1")])
        #expect(posted.status == .conflict)
        #expect(posted.body.contains("sedang dijeda"))
        // Resumed from the worklist: back to the step, told the pause ended (who paused, when; no name in the URL).
        try await budi.get("/")
        let resumed = try await budi.post("/kasus/\(id)/lanjut", [])
        #expect(resumed.location == first + "?jeda=selesai")
        let step = try await budi.get(try #require(resumed.location))
        #expect(step.body.contains("form id=\"langkah\""))
        #expect(step.body.contains("<p class=\"info\" role=\"status\">Jeda selesai: kasus dilanjutkan (dijeda oleh budi, 30-11-2026 09.00 WIB).</p>"),
                "\(step.body)")
        let english = try await budi.get(first + "?jeda=selesai&lang=en")
        #expect(english.body.contains("role=\"status\">Pause over: the case is resumed (paused by budi, 30-11-2026 09.00 WIB).</p>"), "\(english.body)")
        // Without the redirect's query (a reload of the step, a link): no notice.
        #expect(!(try await budi.get(first)).body.contains("Jeda selesai"))
    }
}
