import Foundation
import HTTPTypes
import Hummingbird
import SOPCore
import SOPEngine
import SOPServer
import Testing

/// A text of any length used to be stored and shown on every page of the case: now each
/// typed text has a limit, said next to its field.
@Suite struct TextLimitFindingTests {
    @Test func aTooLongAnswerIsRefusedNextToItsFieldAndTitlesAreShortenedInTheWorklist() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, first) = try await CaseFlowTests.start(budi)
        let page = try await budi.get(first)
        let long = String(repeating: "panjang ", count: 24_379)
        var fields: [(String, String)] = [("k.0", "ada"), ("f.nama", "Siti Aminah"), ("f.nik", "3573014101900001"),
                                          ("f.telepon", "0812-3456-7890"), ("f.cara_menghubungi", "Telepon"),
                                          ("f.maksud", long), ("o.0", "Dicatat"), ("versi", CaseFlowTests.versi(page.body))]
        let before = try harness.store().events(of: CaseID(id)).count
        let refused = try await budi.postMultipart(first, fields, files: [:])
        #expect(refused.status == .unprocessableContent)
        #expect(refused.body.contains("data-untuk=\"f.maksud\" role=\"alert\">Terlalu panjang: paling banyak 2.000 karakter; tertulis 195.032.</div>"))
        #expect(try harness.store().events(of: CaseID(id)).count == before)
        // A long title that is allowed is shortened with an ellipsis in the worklist.
        let title = String(repeating: "Menanyakan syarat izin usaha mikro ", count: 50).prefix(1_900)
        fields[5] = ("f.maksud", String(title))
        fields[7] = ("versi", CaseFlowTests.versi(refused.body))
        #expect(try await budi.postMultipart(first, fields, files: [:]).status == .seeOther)
        let list = try await budi.get("/")
        #expect(list.body.contains("Siti Aminah · Menanyakan syarat izin usaha mikro"))
        #expect(list.body.contains("…</td>"))
        #expect(!list.body.contains(String(title)))
    }
}
