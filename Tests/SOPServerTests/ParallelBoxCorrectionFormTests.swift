import Foundation
import SOPCore
import SOPEngine
import SOPModel
import SOPServer
import SOPStore
import Testing

/// Tester 31, F1, on the web: their SOP 07's row 8 is two boxes (Operator SIKS-NG, Petugas Loket)
/// sharing one Output cell, recorded at the box that finished last (the Loket's). The correction
/// form offers that answer to the Loket under its box, `Kegiatan 8 (Petugas Loket)`, and not to
/// the Operator, whose box never recorded it (the server refuses it too, as `sop correct` does).
@Suite struct ParallelBoxCorrectionFormTests {
    static let folder = Harness.root.appendingPathComponent("Tests/Fixtures/dtks/sop").path
    static let output = "Data usulan terinput di SIKS-NG; Konsep SKTM"

    /// Rows 1 to 8 written at another desk through the engine, as each officer would.
    static func throughRowEight(_ harness: Harness, _ id: String) throws {
        let store = try harness.store()
        let sop = try #require(SOPLoader.load(path: folder + "/07-dtks-sktm.yaml").sop)
        let engine = Engine(sop: sop)
        // Every Kelengkapan item present, in each box's own words.
        func items(_ step: String, by name: String) -> [(String, Command)] {
            engine.askedKelengkapan(of: step).map { (name, .checkKelengkapan(step: step, item: $0.text.value, present: true)) }
        }
        let steps: [(String, Command)] = items("1", by: "budi") + [
            ("budi", .answerField(step: "1", field: "nama", value: "Siti Aminah")),
            ("budi", .answerField(step: "1", field: "nik", value: "3573014101900001")),
            ("budi", .answerField(step: "1", field: "no_kk", value: "3573010101900009")),
            ("budi", .answerField(step: "1", field: "telepon", value: "")),
            ("budi", .answerField(step: "1", field: "alamat", value: "Jl. Melati 3")),
            ("budi", .answerField(step: "1", field: "keperluan", value: "Pengusulan DTKS saja")),
            ("budi", .completeStep(step: "1")),
        ] + items("2", by: "budi") + [
            ("budi", .chooseBranch(step: "2", label: "Ya")),
            ("budi", .completeStep(step: "2")),
        ] + items("3", by: "budi") + [
            ("budi", .answerField(step: "3", field: "no_register", value: "REG/07/001")),
            ("budi", .recordOutput(step: "3", item: "Tanda terima dan nomor register", text: "REG/07/001", attachment: nil)),
            ("budi", .completeStep(step: "3")),
        ] + items("4", by: "ani") + [
            ("ani", .recordOutput(step: "4", item: "Surat Tugas Verifikasi", text: "ST/01", attachment: nil)),
            ("ani", .completeStep(step: "4")),
        ] + items("5", by: "sari") + [
            ("sari", .recordOutput(step: "5", item: "Berita Acara Hasil Verifikasi beserta foto rumah", text: "BA/048", attachment: nil)),
            ("sari", .completeStep(step: "5")),
        ] + items("6", by: "ani") + [
            ("ani", .chooseBranch(step: "6", label: "Ya")),
            ("ani", .completeStep(step: "6")),
        ] + items("input-siksng", by: "citra") + [
            ("citra", .answerField(step: "input-siksng", field: "tanggal_muskel", value: "2026-12-21")),
            ("citra", .completeStep(step: "input-siksng")),
            ("budi", .recordOutput(step: "konsep-sktm", item: output, text: "y", attachment: nil)),
            ("budi", .completeStep(step: "konsep-sktm")),
        ]
        let roles = ["budi": "loket", "ani": "kasi", "sari": "tim-verifikasi", "citra": "operator-siksng"]
        for (name, command) in steps {
            let state = CaseState(id: CaseID(id), events: try store.events(of: CaseID(id)))
            let role = try #require(roles[name])
            let kinds = try engine.execute(command, on: state, by: Operator(name: name, roles: [role]), at: Harness.monday)
            var next = state
            let events = kinds.enumerated().map { offset, kind in
                CaseEvent(sequence: state.lastSequence + 1 + offset, at: Harness.monday, operatorName: name, role: role, kind: kind)
            }
            events.forEach { next.apply($0) }
            try store.append(events, to: CaseID(id), projection: try #require(next.projection(sop: sop)))
        }
    }

    @Test func theSharedOutputIsOfferedAtTheBoxThatRecordedIt() async throws {
        let harness = try await Harness(grants: [("budi", "loket"), ("ani", "kasi"), ("sari", "tim-verifikasi"), ("citra", "operator-siksng")],
                                        folder: Self.folder)
        let budi = harness.browser(), citra = harness.browser(address: "192.0.2.11")
        try await budi.login("budi")
        try await citra.login("citra")
        try await budi.get("/sop/07/mulai")
        let started = try await budi.post("/sop/07/mulai", [])
        let id = String(try #require(started.location).split(separator: "/")[1])
        try Self.throughRowEight(harness, id)
        let output = "konsep-sktm\toutput\t\(Self.output)"
        let hers = try await citra.get("/kasus/\(id)")
        #expect(!WhatEachRoleSeesTests.correctionOptions(hers.body).contains { $0.hasSuffix("output\t\(Self.output)") },
                "\(WhatEachRoleSeesTests.correctionOptions(hers.body))")
        #expect(WhatEachRoleSeesTests.correctionOptions(hers.body).contains("input-siksng\tisian\ttanggal_muskel"))
        #expect(hers.body.contains("<optgroup label=\"Kegiatan 8 (Operator SIKS-NG)\">"))
        let his = try await budi.get("/kasus/\(id)")
        #expect(WhatEachRoleSeesTests.correctionOptions(his.body).contains(output))
        #expect(his.body.contains("<optgroup label=\"Kegiatan 8 (Petugas Loket)\">"))
        // Sent by hand, the Operator's box's Output is refused at the choice, in the engine's words.
        let forged = try await citra.post("/kasus/\(id)/koreksi", [("butir", "input-siksng\toutput\t\(Self.output)"),
                                                                   ("nilai", "Konsep SKTM disiapkan"), ("alasan", "salah ketik")])
        #expect(forged.status == .unprocessableContent)
        #expect(forged.body.contains("tidak pernah tercatat di kegiatan 8 (Operator SIKS-NG)"), "\(forged.body)")
        // The Loket corrects their own answer.
        let corrected = try await budi.post("/kasus/\(id)/koreksi", [("butir", output), ("nilai", "Konsep SKTM disiapkan"),
                                                                     ("alasan", "salah ketik")])
        #expect(corrected.status == .seeOther, "\(corrected.body)")
        let state = CaseState(id: CaseID(id), events: try harness.store().events(of: CaseID(id)))
        #expect(state.completed.first { $0.step == "konsep-sktm" }?.outputs[Self.output]?.text == "Konsep SKTM disiapkan")
    }
}
