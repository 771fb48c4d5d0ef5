import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// A correction to the value already recorded is refused by the engine (`sop correct` and the
/// web's form in the same words), so it writes no event that changes nothing; a personal value
/// is masked in the refusal.
@Suite struct UnchangedCorrectionTests {
    static let text = """
        nomor: "07"
        judul: Usul
        pelaksana:
          - {id: opd, nama: Pengelola Kepegawaian OPD, jenis: staf}
        kegiatan:
          - no: 1
            uraian: Menyampaikan berkas
            pelaksana: opd
            formulir:
              - {nama: telepon, label: Telepon, jenis: telepon}
              - {nama: nip, label: NIP, jenis: nip}
            mutu_baku: {kelengkapan: [Surat keterangan aktif kembali], output: [Berkas usul]}
            lanjut: selesai
        """

    func done() throws -> CommandRun {
        let sop = try #require(SOPLoader.load(text: Self.text, path: "07.yaml").sop)
        var run = CommandRun(sop, roles: ["opd"])
        try run.run(.checkKelengkapan(step: "1", item: "Surat keterangan aktif kembali", present: true))
        try run.run(.answerField(step: "1", field: "telepon", value: "0812-3456-7890"))
        try run.run(.answerField(step: "1", field: "nip", value: "19880512 201101 1 003"))
        try run.run(.recordOutput(step: "1", item: "Berkas usul", text: "diterima", attachment: nil))
        try run.run(.completeStep(step: "1"))
        return run
    }

    func refusal(_ run: CommandRun, _ target: CaseEvent.Correction.Target, _ name: String, _ value: String) -> Localized? {
        do {
            _ = try run.engine.execute(.correct(step: "1", target: target, name: name, value: value, attachment: nil, reason: "dilengkapi"),
                                       on: run.state, by: run.actor, at: run.time)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func eachKindOfAnswerIsRefusedWhenTheValueIsTheOneRecorded() throws {
        let run = try done()
        #expect(refusal(run, .kelengkapan, "Surat keterangan aktif kembali", "ya")?.id
            == "Nilai baru sama dengan yang sudah tercatat ('ya'); tidak ada yang dikoreksi.")
        // Typed otherwise, the same once normalized: a phone masked in the refusal, a NIP whole.
        #expect(refusal(run, .field, "telepon", "0812 3456 7890")?.id
            == "Nilai baru sama dengan yang sudah tercatat ('0812••••••90'); tidak ada yang dikoreksi.")
        #expect(refusal(run, .field, "nip", "198805122011011003")?.id
            == "Nilai baru sama dengan yang sudah tercatat ('198805122011011003'); tidak ada yang dikoreksi.")
        #expect(refusal(run, .output, "Berkas usul", " diterima ")?.en
            == "The new value is the one already recorded ('diterima'); nothing was corrected.")
    }

    @Test func aValueThatChangesIsStillACorrection() throws {
        var run = try done()
        #expect(refusal(run, .kelengkapan, "Surat keterangan aktif kembali", "tidak") == nil)
        try run.run(.correct(step: "1", target: .kelengkapan, name: "Surat keterangan aktif kembali", value: "tidak", attachment: nil,
                             reason: "salah centang"))
        #expect(run.visit("1")?.kelengkapan["Surat keterangan aktif kembali"] == false)
        // And back: "ya" is a change again once "tidak" is recorded.
        #expect(refusal(run, .kelengkapan, "Surat keterangan aktif kembali", "ya") == nil)
    }

    @Test func anItemRecordedAsNotApplyingIsChangedByEitherAnswer() throws {
        let sop = try #require(SOPLoader.load(text: """
            nomor: "07"
            judul: Usul
            pelaksana:
              - {id: opd, nama: Pengelola Kepegawaian OPD, jenis: staf}
            kegiatan:
              - no: 1
                uraian: Menyampaikan berkas
                pelaksana: opd
                mutu_baku: {kelengkapan: [Surat Tanda Lulus Ujian Dinas (bagi yang naik dari golongan II/d ke III/a)]}
                lanjut: selesai
            """, path: "07.yaml").sop)
        var run = CommandRun(sop, roles: ["opd"])
        let item = "Surat Tanda Lulus Ujian Dinas (bagi yang naik dari golongan II/d ke III/a)"
        try run.run(.markNotApplicable(step: "1", item: item))
        try run.run(.completeStep(step: "1"))
        #expect(refusal(run, .kelengkapan, item, "ya") == nil)
        #expect(refusal(run, .kelengkapan, item, "tidak") == nil)
    }
}
