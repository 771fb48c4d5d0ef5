import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// A pass through a row of separate paths (`baris: terpisah`, kontrak rows 17-18): a box that
/// starts after its sibling has finished, while the sibling's path was still on its way, is the
/// same pass: the row's Kelengkapan and Output are asked once, its Waktu times the pass from the
/// first box's start to the last box's end (pauses inside left out). A row entered again by a
/// loop is a new pass.
@Suite struct SeparatePathPassTests {
    static let text = """
        nomor: "34"
        judul: Pengawasan kontrak
        pelaksana:
          - {id: ppk, nama: PPK, jenis: staf}
          - {id: penyedia, nama: Penyedia, jenis: staf}
        kegiatan:
          - {no: 1, uraian: Menandatangani kontrak, pelaksana: ppk, paralel: [ppk-2, penyedia-2]}
          - {id: ppk-2, no: 2, baris: terpisah, uraian: Mengawasi, pelaksana: ppk, lanjut: ppk-3, mutu_baku: {kelengkapan: [Kontrak], waktu: 1 hari kerja, output: [Laporan pengawasan]}}
          - {id: penyedia-2, no: 2, uraian: Mengawasi, pelaksana: penyedia, lanjut: penyedia-3}
          - {id: ppk-3, no: 3, baris: terpisah, uraian: Inspeksi, pelaksana: ppk, lanjut: 4, mutu_baku: {kelengkapan: [Laporan pengawasan], waktu: 2 hari kerja, output: [BA Inspeksi]}}
          - {id: penyedia-3, no: 3, uraian: Inspeksi, pelaksana: penyedia, berhenti: ya}
          - no: 4
            uraian: Memeriksa hasil
            pelaksana: ppk
            keputusan: {cabang: {Sesuai: 5, Ulangi: ppk-3}}
          - {no: 5, uraian: Membayar, pelaksana: ppk}

        """

    struct Run {
        let engine: Engine
        var state = CaseState(id: CaseID("34-2026-000001"))
        var time = Fixtures.monday
        let actor = Operator(name: "budi", roles: ["ppk", "penyedia"])

        init(_ text: String = SeparatePathPassTests.text) {
            engine = Engine(sop: Fixtures.sop(text: text).0)
            let started = CaseEvent.CaseStarted(nomor: "34", judul: "Uji", revision: "r", revisionDate: "-", file: "f")
            apply(engine.start(started, by: "ppk", at: time))
        }

        mutating func apply(_ kinds: [CaseEvent.Kind]) {
            for (offset, kind) in kinds.enumerated() {
                state.apply(CaseEvent(sequence: state.lastSequence + 1 + offset, at: time, operatorName: "budi", role: nil, kind: kind))
            }
        }

        mutating func run(_ command: Command, after minutes: Double = 1) throws {
            time = time.addingTimeInterval(minutes * 60)
            apply(try engine.execute(command, on: state, by: actor, at: time))
        }

        /// What the desk still asks at an active box: "K item", "O item", "cabang".
        func asks(_ step: String) -> [String] {
            guard let visit = state.visit(of: step) else { return ["not active"] }
            return engine.pending(visit, in: state).map { requirement in
                switch requirement {
                case .kelengkapan(let item): "K \(item.text.value)"
                case .output(let item): "O \(item)"
                case .field(let field): "F \(field.name.value)"
                case .branch: "cabang"
                }
            }
        }

        /// Does every box of one pass, row 1 to row 3, the Penyedia's path first.
        mutating func passPenyediaFirst() throws {
            try run(.completeStep(step: "1"))
            #expect(asks("penyedia-2") == [])
            try run(.completeStep(step: "penyedia-2"))
            // Row 3's first box to start: its Kelengkapan is asked here, its Output is not (the
            // PPK's path is still on its way to the row's other box).
            #expect(asks("penyedia-3") == ["K Laporan pengawasan"])
            try run(.checkKelengkapan(step: "penyedia-3", item: "Laporan pengawasan", present: true))
            try run(.completeStep(step: "penyedia-3"), after: 30)
            #expect(asks("ppk-2") == ["K Kontrak", "O Laporan pengawasan"])
            try run(.checkKelengkapan(step: "ppk-2", item: "Kontrak", present: true))
            try run(.recordOutput(step: "ppk-2", item: "Laporan pengawasan", text: "ada", attachment: nil))
            try run(.completeStep(step: "ppk-2"))
            // The same pass through row 3: nothing asked twice, the Output at its last box.
            #expect(asks("ppk-3") == ["O BA Inspeksi"])
            try run(.recordOutput(step: "ppk-3", item: "BA Inspeksi", text: "ada", attachment: nil))
        }
    }

    @Test func aSeparateBoxStartingAfterItsSiblingFinishedIsTheSamePass() throws {
        var run = Run()
        try run.passPenyediaFirst()
        try run.run(.completeStep(step: "ppk-3"), after: 60)
        let penyedia = try #require(run.state.completed.first { $0.step == "penyedia-3" })
        let ppk = try #require(run.state.completed.first { $0.step == "ppk-3" })
        // Judged once, at the last box, on the span from the row's first box.
        #expect(penyedia.used == nil)
        #expect(ppk.rowStartedAt == penyedia.startedAt)
        #expect(ppk.due == penyedia.due)
        let used = try #require(ppk.used)
        #expect(abs(used - ppk.completedAt!.timeIntervalSince(penyedia.startedAt)) < 1)
    }

    @Test func aRowEnteredAgainByALoopIsANewPass() throws {
        var run = Run()
        try run.passPenyediaFirst()
        try run.run(.completeStep(step: "ppk-3"))
        try run.run(.chooseBranch(step: "4", label: "Ulangi"))
        try run.run(.completeStep(step: "4"))
        // Back up the table into row 3: a new pass, whose cells are asked again.
        #expect(run.asks("ppk-3") == ["K Laporan pengawasan", "O BA Inspeksi"])
        #expect(run.state.visit(of: "ppk-3")?.rowStartedAt == nil)
        #expect(run.state.visit(of: "ppk-3")?.visit == 2)
    }

    @Test func aPauseInsideThePassIsLeftOutOfTheRowsDueTime() throws {
        var run = Run()
        try run.run(.completeStep(step: "1"))
        try run.run(.completeStep(step: "penyedia-2"))
        try run.run(.checkKelengkapan(step: "penyedia-3", item: "Laporan pengawasan", present: true))
        try run.run(.completeStep(step: "penyedia-3"))
        // Paused a whole working day after the row's first box, before its last box starts.
        try run.run(.pause)
        try run.run(.resume, after: 24 * 60)
        try run.run(.checkKelengkapan(step: "ppk-2", item: "Kontrak", present: true))
        try run.run(.recordOutput(step: "ppk-2", item: "Laporan pengawasan", text: "ada", attachment: nil))
        try run.run(.completeStep(step: "ppk-2"))
        let visit = try #require(run.state.visit(of: "ppk-3"))
        let first = try #require(run.state.completed.first { $0.step == "penyedia-3" })
        let due = try #require(visit.due)
        let moved = try #require(run.engine.due(of: visit, in: run.state, now: run.time))
        // Two working days from the row's first box, moved on by the one working day paused.
        #expect(due == first.due)
        #expect(moved == run.engine.calendar.addServiceSeconds(run.engine.calendar.workingDayLength, to: due))
    }
}
