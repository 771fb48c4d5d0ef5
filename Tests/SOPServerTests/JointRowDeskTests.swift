import Foundation
import SOPCore
import SOPEngine
import SOPServer
import SOPStore
import Testing

/// A joint row at the web desk (tester 28, F17): row 2 of Tests/Fixtures/bersama is `pelaksana:
/// operator, bersama: [fo]`.
/// The front office's holder finds it in their worklist, opens and completes it, recorded in
/// their own role; it leaves the operator's worklist too; a third role's holder is refused.
@Suite struct JointRowDeskTests {
    @Test func theFrontOfficeCompletesTheJointRowAtItsDesk() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-serve-bersama-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Harness.root.appendingPathComponent("Tests/Fixtures/bersama/12-ktp.yaml"),
                                         to: folder.appendingPathComponent("12-ktp.yaml"))
        let harness = try await Harness(grants: [("budi", "fo"), ("citra", "operator"), ("ani", "kabid")], folder: folder.path)
        let budi = harness.browser()
        try await budi.login("budi")
        let list = try await budi.get("/sop")
        let code = try #require(list.body.components(separatedBy: "data-sop=\"").dropFirst().first.map { String($0.prefix { $0 != "\"" }) })
        try await budi.get("/sop/\(code)/mulai")
        let first = try #require(try await budi.post("/sop/\(code)/mulai", []).location)
        let page = try await budi.get(first)
        let done = try await budi.postMultipart(first, [("f.nama", "Siti"), ("versi", CaseFlowTests.versi(page.body))], files: [:])
        #expect(done.status == .seeOther, "\(done.body)")
        // Row 2 is the operator's: the front office goes back to its worklist, where it waits too.
        #expect(done.location?.hasPrefix("/?serah=") == true, "\(done.location ?? "-")")
        let id = try #require(try harness.store().cases(CaseFilter()).first?.id)
        let worklist = try await budi.get("/")
        #expect(worklist.body.contains(id.rawValue), "\(worklist.body)")

        // A third role's holder may not open it.
        let ani = harness.browser()
        try await ani.login("ani")
        #expect(try await ani.get("/kasus/\(id.rawValue)/langkah/2").status == .forbidden)

        let step = try await budi.get("/kasus/\(id.rawValue)/langkah/2")
        #expect(step.status == .ok, "\(step.body)")
        let outputs = DrawnFlowRouteTests.checkboxes(step.body, prefix: "o.").map { ($0, "KTP-el 1 lembar") }
        #expect(!outputs.isEmpty, "\(step.body)")
        let answered = try await budi.postMultipart("/kasus/\(id.rawValue)/langkah/2", outputs + [("versi", CaseFlowTests.versi(step.body))],
                                                    files: [:])
        #expect(answered.status == .seeOther, "\(answered.body)")
        let events = try harness.store().events(of: id)
        let written = events.filter { $0.kind.step == "2" && $0.kind.type != "step-started" }
        #expect(!written.isEmpty && written.allSatisfy { $0.operatorName == "budi" && $0.role == "fo" }, "\(written)")
        #expect(CaseState(id: id, events: events).completed.last?.completedRole == "fo")
        // Gone from both worklists.
        #expect(try harness.store().tasks(roles: ["operator"]).isEmpty)
        #expect(try harness.store().tasks(roles: ["fo"]).isEmpty)
        #expect(try harness.store().tasks(roles: ["kabid"]).map(\.entry.step) == ["3"])
        // The case page names budi with the role he did it in.
        let timeline = try await budi.get("/kasus/\(id.rawValue)")
        #expect(timeline.body.contains("budi (Petugas Front Office)"), "\(timeline.body)")

        // budi corrects his answer on the joint row (offered to him on the case page), in his role.
        #expect(timeline.body.contains(">Kegiatan 2") || timeline.body.contains("KTP-el tercetak"), "\(timeline.body)")
        let correction = [("langkah", "2"), ("sasaran", "output"), ("nama", "KTP-el tercetak"), ("nilai", "KTP-el 2 lembar"),
                          ("alasan", "salah hitung")]
        let fixed = try await budi.post("/kasus/\(id.rawValue)/koreksi", correction)
        #expect(fixed.status == .seeOther, "\(fixed.body)")
        let corrections = try harness.store().events(of: id).filter { $0.kind.type == "answer-corrected" }
        #expect(corrections.map { "\($0.operatorName) \($0.role ?? "-")" } == ["budi fo"])
        #expect(CaseState(id: id, events: try harness.store().events(of: id)).completed.last { $0.step == "2" }?.outputs["KTP-el tercetak"]?.text
                == "KTP-el 2 lembar")
        // A third role may not.
        try await ani.get("/kasus/\(id.rawValue)")
        #expect(try await ani.post("/kasus/\(id.rawValue)/koreksi", Array(correction.dropLast()) + [("alasan", "coba")]).status == .forbidden)

        // A second case at the joint row: budi may not pause or cancel it, and is told why.
        try await budi.get("/sop/\(code)/mulai")
        let second = try #require(try await budi.post("/sop/\(code)/mulai", []).location)
        let secondPage = try await budi.get(second)
        #expect(try await budi.postMultipart(second, [("f.nama", "Budi"), ("versi", CaseFlowTests.versi(secondPage.body))], files: [:]).status
                == .seeOther)
        let other = String(second.split(separator: "/")[1])
        let said = "Anda mengerjakan kegiatan 2 bersama, sebagai 'Petugas Front Office': Anda dapat menjawab, mengoreksi dan menyelesaikannya, "
            + "tetapi menjeda, melanjutkan atau membatalkan kasus tetap dilakukan oleh peran kegiatan itu sendiri, 'Operator Perekaman'."
        try await budi.get("/kasus/\(other)/langkah/2")
        for (method, path) in [("get", "jeda"), ("post", "jeda"), ("get", "batal")] {
            let refused = method == "get" ? try await budi.get("/kasus/\(other)/\(path)") : try await budi.post("/kasus/\(other)/\(path)", [])
            #expect(refused.status == .forbidden, "\(path): \(refused.body)")
            #expect(refused.body.replacingOccurrences(of: "&#39;", with: "'").contains(said), "\(path): \(refused.body)")
        }
        let cancel = try await budi.post("/kasus/\(other)/batal", [("alasan", "pindah"), ("yakin", "ya")])
        #expect(cancel.status == .forbidden && cancel.body.replacingOccurrences(of: "&#39;", with: "'").contains(said), "\(cancel.body)")
        #expect(try harness.store().events(of: CaseID(other)).allSatisfy { !["case-paused", "case-cancelled"].contains($0.kind.type) })
    }
}
