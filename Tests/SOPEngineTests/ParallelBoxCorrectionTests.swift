import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// Tester 31, F1 and F9, on the shape of their SOP 07 (DTKS/SKTM) cut down: row 4 is two boxes
/// done at the same time by two roles, sharing one Output cell (asked of the box that finishes
/// last); row 2 checks the file ("Lengkap?", back to row 1) before row 3 issues the receipt.
@Suite struct ParallelBoxCorrectionTests {
    static let text = """
        nomor: "07"
        judul: DTKS
        kasus: {tanda_terima: 3}
        pelaksana:
          - {id: pemohon, nama: Pemohon, jenis: eksternal, dicatat_oleh: loket}
          - {id: loket, nama: Petugas Loket, jenis: staf}
          - {id: operator-siksng, nama: Operator SIKS-NG, jenis: staf}
        kegiatan:
          - {no: 1, uraian: Pemohon datang membawa berkas, pelaksana: pemohon, simbol: terminator, mutu_baku: {kelengkapan: [KTP]}}
          - no: 2
            uraian: Petugas Loket memeriksa kelengkapan berkas
            pelaksana: loket
            keputusan: {pertanyaan: Lengkap?, cabang: {Ya: 3, Tidak: 1}}
            mutu_baku: {waktu: 10 menit}
          - {no: 3, uraian: Petugas Loket memberi tanda terima, pelaksana: loket, mutu_baku: {waktu: 10 menit, output: [Tanda terima]}}
          - no: 4
            id: input-siksng
            uraian: Operator SIKS-NG menginput data; Petugas Loket menyiapkan konsep SKTM
            pelaksana: operator-siksng
            lanjut: 5
            mutu_baku: {kelengkapan: [Berita acara], waktu: 1 hari kerja, output: [Data terinput; Konsep SKTM]}
            formulir: [{nama: tanggal_muskel, label: Tanggal musyawarah, jenis: tanggal}]
          - {id: konsep-sktm, no: 4, pelaksana: loket, lanjut: 5}
          - {no: 5, uraian: Kepala Dinas menandatangani SKTM, pelaksana: loket, mutu_baku: {waktu: 1 hari kerja}}
        """

    static let output = "Data terinput; Konsep SKTM"
    let loket = Operator(name: "budi", roles: ["loket"])
    let operatorSIKS = Operator(name: "dewi", roles: ["operator-siksng"])

    func run(_ engine: Engine, _ command: Command, by actor: Operator, _ state: inout CaseState) throws {
        for kind in try engine.execute(command, on: state, by: actor, at: Fixtures.monday) {
            state.apply(CaseEvent(sequence: state.lastSequence + 1, at: Fixtures.monday, operatorName: actor.name,
                                  role: actor.roles.first, kind: kind))
        }
    }

    func started() throws -> (Engine, CaseState) {
        let sop = try #require(SOPLoader.load(text: Self.text, path: "07-dtks.yaml").sop)
        let engine = Engine(sop: sop)
        var state = CaseState(id: CaseID("07-2026-000001"))
        let started = CaseEvent.CaseStarted(nomor: "07", judul: "DTKS", revision: "r", revisionDate: "-", file: "f")
        for (offset, kind) in engine.start(started, by: "budi", at: Fixtures.monday).enumerated() {
            state.apply(CaseEvent(sequence: offset + 1, at: Fixtures.monday, operatorName: "budi", role: "loket", kind: kind))
        }
        return (engine, state)
    }

    /// Rows 1 to 3 by the Loket: the file complete, the receipt given; row 4's two boxes wait.
    func atRowFour() throws -> (Engine, CaseState) {
        var (engine, state) = try started()
        try run(engine, .checkKelengkapan(step: "1", item: "KTP", present: true), by: loket, &state)
        try run(engine, .completeStep(step: "1"), by: loket, &state)
        try run(engine, .chooseBranch(step: "2", label: "Ya"), by: loket, &state)
        try run(engine, .completeStep(step: "2"), by: loket, &state)
        try run(engine, .recordOutput(step: "3", item: "Tanda terima", text: "REG/07/001", attachment: nil), by: loket, &state)
        try run(engine, .completeStep(step: "3"), by: loket, &state)
        return (engine, state)
    }

    /// Rows 1 to 3, then row 4: the Operator finishes first, so the shared Output is asked of the
    /// Loket, who types `y` by mistake.
    func atRowFive() throws -> (Engine, CaseState) {
        var (engine, state) = try atRowFour()
        try run(engine, .checkKelengkapan(step: "input-siksng", item: "Berita acara", present: true), by: operatorSIKS, &state)
        try run(engine, .answerField(step: "input-siksng", field: "tanggal_muskel", value: "2026-12-21"), by: operatorSIKS, &state)
        try run(engine, .completeStep(step: "input-siksng"), by: operatorSIKS, &state)
        try run(engine, .recordOutput(step: "konsep-sktm", item: Self.output, text: "y", attachment: nil), by: loket, &state)
        try run(engine, .completeStep(step: "konsep-sktm"), by: loket, &state)
        #expect(state.completed.first { $0.step == "konsep-sktm" }?.outputs[Self.output]?.text == "y")
        #expect(state.completed.first { $0.step == "input-siksng" }?.outputs[Self.output] == nil)
        return (engine, state)
    }

    func refusal(_ engine: Engine, _ command: Command, by actor: Operator, on state: CaseState) -> String? {
        do {
            _ = try engine.execute(command, on: state, by: actor, at: Fixtures.monday)
            return nil
        } catch {
            return error.message.id
        }
    }

    static func output(_ step: String, _ value: String) -> Command {
        .correct(step: step, target: .output, name: "Konsep SKTM", value: value, attachment: nil, reason: "salah ketik")
    }

    /// `--kegiatan 4` finds the box that recorded the answer: the Loket corrects their own `y`.
    @Test func theRowNumberFindsTheBoxThatRecordedTheAnswer() throws {
        var (engine, state) = try atRowFive()
        try run(engine, Self.output("4", "Konsep SKTM disiapkan"), by: loket, &state)
        let correction = try #require(state.corrections.last)
        #expect(correction.correction.step == "konsep-sktm")
        #expect(correction.previous == "y")
        #expect(state.completed.first { $0.step == "konsep-sktm" }?.outputs[Self.output]?.text == "Konsep SKTM disiapkan")
        // A field only the Operator's box asks still goes to that box.
        let field = Command.correct(step: "4", target: .field, name: "tanggal_muskel", value: "22-12-2026", attachment: nil, reason: "x")
        #expect(refusal(engine, field, by: loket, on: state) == "jawaban kegiatan 4 (Operator SIKS-NG) hanya dapat dikoreksi oleh peran Operator SIKS-NG")
        #expect(refusal(engine, field, by: operatorSIKS, on: state) == nil)
    }

    /// The other officer is told whose answer it is, and a correction of an answer her own box
    /// never recorded is refused, even by the box's id: nothing "corrected from -".
    @Test func aValueTheBoxNeverRecordedIsNotCorrected() throws {
        let (engine, state) = try atRowFive()
        #expect(refusal(engine, Self.output("4", "x"), by: operatorSIKS, on: state)
            == "jawaban kegiatan 4 (Petugas Loket) hanya dapat dikoreksi oleh peran Petugas Loket")
        #expect(refusal(engine, Self.output("input-siksng", "x"), by: operatorSIKS, on: state)
            == "'Data terinput; Konsep SKTM' tidak pernah tercatat di kegiatan 4 (Operator SIKS-NG): tidak ada jawaban untuk dikoreksi; "
            + "jawaban itu tercatat di kegiatan 4 (Petugas Loket) (--kegiatan \"4 (Petugas Loket)\")")
        // The box as the refusal names it can be typed back.
        #expect(refusal(engine, Self.output("4 (Petugas Loket)", "x"), by: loket, on: state) == nil)
        #expect(refusal(engine, Self.output("4 (petugas loket)", "x"), by: loket, on: state) == nil)
    }

    /// While row 4 is being worked on and neither box has the answer, an operator playing both
    /// roles is asked which box, as the boxes can be typed.
    @Test func anAmbiguousRowListsItsBoxes() throws {
        let (engine, state) = try atRowFour()
        let both = Operator(name: "citra", roles: ["loket", "operator-siksng"])
        #expect(refusal(engine, Self.output("4", "x"), by: both, on: state)
            == "kegiatan 4 dikerjakan di beberapa bagian; sebutkan bagian yang dikoreksi: --kegiatan \"4 (Operator SIKS-NG)\" "
            + "atau --kegiatan \"4 (Petugas Loket)\"")
        var english: Localized?
        do { _ = try engine.execute(Self.output("4", "x"), on: state, by: both, at: Fixtures.monday) } catch {
            english = error.message
        }
        let message = try #require(english)
        #expect(message.en == "step 4 is done in several boxes; name the box to correct: --kegiatan \"4 (Operator SIKS-NG)\" "
            + "or --kegiatan \"4 (Petugas Loket)\"")
        #expect(refusal(engine, Self.output("4 (Petugas Loket)", "x"), by: both, on: state)
            == "'Data terinput; Konsep SKTM' belum dijawab di kegiatan 4 (Petugas Loket), yang masih dikerjakan: jawablah di kegiatan itu, bukan dengan koreksi")
    }

    /// F9: "Lengkap? Tidak" in row 2 sends the file back before row 3 issues the receipt: the
    /// file stands returned while the applicant completes it (row 1's second pass), until row 2
    /// checks it again.
    @Test func aCheckBeforeTheReceiptRowReturnsTheFile() throws {
        var (engine, state) = try started()
        try run(engine, .checkKelengkapan(step: "1", item: "KTP", present: false), by: loket, &state)
        try run(engine, .completeStep(step: "1"), by: loket, &state)
        #expect(!engine.fileReturned(in: state))
        try run(engine, .chooseBranch(step: "2", label: "Tidak"), by: loket, &state)
        try run(engine, .completeStep(step: "2"), by: loket, &state)
        #expect(engine.fileReturned(in: state))
        try run(engine, .checkKelengkapan(step: "1", item: "KTP", present: true), by: loket, &state)
        #expect(engine.fileReturned(in: state), "the applicant is completing the file")
        try run(engine, .completeStep(step: "1"), by: loket, &state)
        // Row 2 checks the file again: a pass of it is going on, as for the receipt row's own check.
        #expect(!engine.fileReturned(in: state))
        try run(engine, .chooseBranch(step: "2", label: "Ya"), by: loket, &state)
        #expect(!engine.fileReturned(in: state))
        try run(engine, .completeStep(step: "2"), by: loket, &state)
        #expect(!engine.fileReturned(in: state))
    }
}
