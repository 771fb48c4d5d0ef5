import Foundation
import SOPCore
import SOPEngine
import SOPServer
import SOPStore
import Testing

/// An SOP with every construct of the flow as drawn (Tests/Fixtures/flow/kontrak-contoh.yaml):
/// an unlabelled branch chosen by its number, a labelled one by its label, two boxes of one row
/// joined, an external actor's steps recorded by the PPK, and an optional step skipped with a reason.
@Suite struct DrawnFlowRouteTests {
    static func radios(_ html: String) -> [String] {
        html.components(separatedBy: "name=\"cabang\" value=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    static func checkboxes(_ html: String, prefix: String) -> [String] {
        html.components(separatedBy: "name=\"\(prefix)").dropFirst().map { prefix + String($0.prefix { $0 != "\"" }) }
    }

    /// The fixture served alone, budi (its PPK) logged in, a case started: where its first step is.
    static func started() async throws -> (Harness, Harness.Browser, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-serve-flow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Harness.root.appendingPathComponent("Tests/Fixtures/flow/kontrak-contoh.yaml"),
                                         to: folder.appendingPathComponent("900-kontrak.yaml"))
        let harness = try await Harness(grants: [("budi", "ppk")], folder: folder.path)
        let budi = harness.browser()
        try await budi.login("budi")
        let list = try await budi.get("/sop")
        let code = try #require(list.body.components(separatedBy: "data-sop=\"").dropFirst().first.map { String($0.prefix { $0 != "\"" }) })
        try await budi.get("/sop/\(code)/mulai")
        return (harness, budi, try #require(try await budi.post("/sop/\(code)/mulai", []).location))
    }

    @Test func branchesJoinsAndASkippedOptionalStepThroughTheRoutes() async throws {
        let (harness, budi, started) = try await Self.started()
        var location = started
        var visited: [String] = []
        var skipped = false
        while location.hasPrefix("/kasus/"), visited.count < 20 {
            let page = try await budi.get(location)
            #expect(page.status == .ok, "\(location)")
            visited.append(String(location.split(separator: "/").last ?? ""))
            let versi = CaseFlowTests.versi(page.body)
            let reply: Harness.Reply
            if page.body.contains("form id=\"lewati\"") {
                // The optional step: a skip needs a reason.
                let bare = try await budi.post(location, [("lewati", "ya"), ("alasan", ""), ("versi", versi)])
                #expect(bare.status == .unprocessableContent)
                #expect(bare.body.contains("data-untuk=\"alasan\""))
                reply = try await budi.post(location, [("lewati", "ya"), ("alasan", "lokasi sudah diserahkan"), ("versi", versi)])
                skipped = true
            } else {
                var fields = Self.checkboxes(page.body, prefix: "k.").map { ($0, "ada") }
                fields += Self.checkboxes(page.body, prefix: "o.").map { ($0, "dicatat") }
                let radios = Self.radios(page.body)
                // Step 2's first exit has no label: it is chosen by its number; B.1's by its label.
                if !radios.isEmpty { fields.append(("cabang", radios.contains("Tidak") && radios.contains("Ya") ? "Tidak" : radios[0])) }
                if page.body.contains("Apakah hasil pemilihan"), !radios.isEmpty, !radios.contains("Ya") { #expect(radios == ["1", "Tidak"]) }
                reply = try await budi.postMultipart(location, fields + [("versi", versi)], files: [:])
            }
            #expect(reply.status == .seeOther, "\(location): \(reply.body)")
            location = try #require(reply.location)
        }
        #expect(skipped)
        let id = try #require(try harness.store().cases(CaseFilter()).first?.id)
        #expect(try harness.store().summary(of: id)?.projection.status == .completed)
        #expect(visited.count >= 8, "\(visited)")
        // The timeline says the optional step was left out, with its reason, as `sop case` does.
        let timeline = try await budi.get("/kasus/\(id.rawValue)")
        #expect(timeline.body.contains("Dilewati: lokasi sudah diserahkan"), "\(timeline.body)")
    }

    /// A case that ends at an end box with `hasil_akhir` (row 6, "Pemilihan diulang"): the case
    /// page's status says the outcome, as `sop case` does, in both languages.
    @Test func aCaseEndedWithAnOutcomeSaysItOnTheCasePage() async throws {
        let (harness, budi, started) = try await Self.started()
        var location = started
        var steps = 0
        while location.hasPrefix("/kasus/"), steps < 10 {
            steps += 1
            let page = try await budi.get(location)
            var fields = Self.checkboxes(page.body, prefix: "k.").map { ($0, "ada") }
            fields += Self.checkboxes(page.body, prefix: "o.").map { ($0, "dicatat") }
            if Self.radios(page.body).contains("Tidak") { fields.append(("cabang", "Tidak")) }
            let reply = try await budi.postMultipart(location, fields + [("versi", CaseFlowTests.versi(page.body))], files: [:])
            #expect(reply.status == .seeOther, "\(location): \(reply.body)")
            location = try #require(reply.location)
        }
        let id = try #require(try harness.store().cases(CaseFilter()).first?.id)
        #expect(try harness.store().summary(of: id)?.projection.status == .completed)
        let timeline = try await budi.get("/kasus/\(id.rawValue)")
        #expect(timeline.body.contains("<strong id=\"status-kasus\">selesai: Pemilihan diulang</strong>"), "\(timeline.body)")
        let english = try await budi.get("/kasus/\(id.rawValue)?lang=en")
        #expect(english.body.contains("<strong id=\"status-kasus\">ended: Pemilihan diulang</strong>"), "\(english.body)")
    }
}
