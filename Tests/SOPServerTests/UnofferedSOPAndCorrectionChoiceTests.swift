import Foundation
import HTTPTypes
import Hummingbird
import SOPCore
import SOPEngine
import SOPServer
import SOPStore
import Testing

/// The web desk: an SOP with `sop lint` errors is not offered but explained, the 403 page has the
/// header of every page, the correction form asks for its choice.
@Suite struct UnofferedSOPAndCorrectionChoiceTests {
    /// A folder holding SOP 01 with one lint error (a NIP that is not 18 digits): it still
    /// parses, so its first step's role is known.
    static func folderWithLintError() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-serve4-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = try String(contentsOf: Harness.root.appendingPathComponent("sop/01-pengaduan-langsung.yaml"), encoding: .utf8)
        let broken = text.replacingOccurrences(of: "nip: 19700907 199602 1 001", with: "nip: \"12345\"")
        #expect(broken != text)
        try Data(broken.utf8).write(to: folder.appendingPathComponent("01-pengaduan-langsung.yaml"))
        return folder
    }

    @Test func anSOPWithLintErrorsIsNotOfferedAndItsStarterIsToldWhy() async throws {
        let folder = try Self.folderWithLintError()
        defer { try? FileManager.default.removeItem(at: folder) }
        let harness = try await Harness(folder: folder.path)
        let budi = harness.browser()
        try await budi.login("budi")
        let worklist = try await budi.get("/")
        // No `Mulai kasus` link: nothing budi may start.
        #expect(!worklist.body.contains("href=\"/sop\""))
        // The worklist says why, to budi who holds its first step's role.
        #expect(worklist.body.contains("SOP 01 (Pelayanan Pengaduan Langsung) tidak dapat dimulai: berkasnya memiliki galat (sop lint)."))
        // The list, opened by hand, says the same; the start page refuses it.
        let list = try await budi.get("/sop")
        #expect(!list.body.contains("class=\"mulai\""))
        #expect(list.body.contains("memiliki galat (sop lint); kasus baru tidak dapat dimulai."))
        #expect(try await budi.get("/sop/01/mulai").status == .conflict)
        // citra, who does not hold its first step's role, is not told.
        let citra = harness.browser(address: "192.0.2.11")
        try await citra.login("citra")
        let hers = try await citra.get("/")
        #expect(!hers.body.contains("tidak dapat dimulai"))
        #expect(!hers.body.contains("href=\"/sop\""))
    }

    @Test func aForbiddenPageHasTheOperatorLineOfEveryPage() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (_, first) = try await CaseFlowTests.start(budi)
        let citra = harness.browser(address: "192.0.2.11")
        try await citra.login("citra")
        let refused = try await citra.get(first)
        #expect(refused.status == .forbidden)
        #expect(refused.body.contains("<span id=\"operator\">"))
        #expect(refused.body.contains("citra"))
        #expect(refused.body.contains("action=\"/keluar\""))
        // A 403 of a forged POST (no CSRF token) too.
        let forged = try await citra.post("/kasus/x/jeda", [], csrf: nil)
        #expect(forged.status == .forbidden)
        #expect(forged.body.contains("<span id=\"operator\">"))
        // Not logged in: no operator line (nothing to show).
        let stranger = harness.browser(address: "192.0.2.12")
        try await stranger.get("/masuk")
        let anonymous = try await stranger.post("/keluar", [], csrf: "salah")
        #expect(anonymous.status == .forbidden)
        #expect(!anonymous.body.contains("id=\"operator\""))
    }

    @Test func theCorrectionChoiceStartsOnChooseAndAnEmptyChoiceIsRefusedAtTheField() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, first) = try await CaseFlowTests.start(budi)
        try await CorrectionFindingTests.answerStep1(budi, first)
        let timeline = try await budi.get("/kasus/\(id)")
        // (The empty choice carries the hint shown before a choice: web7.)
        let choose = "<option value=\"\" data-petunjuk=\"Pilih dulu butir yang dikoreksi; petunjuknya muncul di sini.\" selected>pilih…</option>"
        #expect(timeline.body.contains("<select id=\"k-butir\" name=\"butir\" required>\(choose)"))
        let before = try harness.store().events(of: CaseID(id)).count
        let empty = try await budi.post("/kasus/\(id)/koreksi", [("butir", ""), ("nilai", "0813 1111 2222"), ("alasan", "salah ketik")])
        #expect(empty.status == .unprocessableContent)
        // The message right after the choice, tied to it; what was typed stays.
        #expect(empty.body.contains("aria-invalid=\"true\" aria-describedby=\"galat-butir\" autofocus>\(choose)"))
        let select = try #require(empty.body.range(of: "</select>"))
        #expect(empty.body[select.upperBound...].drop { $0 == " " || $0 == "\n" }
            .hasPrefix("<div class=\"galat\" id=\"galat-butir\" data-untuk=\"butir\" role=\"alert\">Pilih jawaban yang dikoreksi.</div>"))
        #expect(empty.body.contains("value=\"salah ketik\""))
        #expect(try harness.store().events(of: CaseID(id)).count == before)
        // In English too.
        let english = try await budi.post("/kasus/\(id)/koreksi?lang=en", [("butir", ""), ("nilai", "x"), ("alasan", "y")])
        #expect(english.status == .unprocessableContent)
        #expect(english.body.contains(">choose…</option>") && english.body.contains("Choose the answer to correct."))
    }
}
