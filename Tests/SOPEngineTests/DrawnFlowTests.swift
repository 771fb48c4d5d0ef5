import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// Flow as drawn (issue 10), at the run level: unlabelled exits, joins without keys, rows of
/// several boxes, optional steps, outcome ends, who records a non-staff step.
@Suite struct DrawnFlowTests {
    static func sop(_ steps: String, actors: String = """
          - {id: petugas, nama: Petugas, jenis: staf}
          - {id: kabid, nama: Kepala Bidang, jenis: staf}
        """) -> (SOP, [UInt8]) {
        Fixtures.sop(text: "nomor: \"20\"\njudul: Uji\npelaksana:\n" + actors + "\nkegiatan:\n" + steps + "\n")
    }

    static let both = ["petugas", "kabid"]

    @Test func anUnlabelledExitIsChosenDeliberatelyNeverByAnEmptyEnter() throws {
        let harness = Harness(Self.sop("""
              - no: 1
                uraian: Memeriksa berkas
                pelaksana: petugas
                keputusan: {cabang: [{ke: 2}, {ke: 3}]}
              - {no: 2, uraian: Mengembalikan berkas, pelaksana: petugas, lanjut: selesai}
              - {no: 3, uraian: Mencatat berkas, pelaksana: petugas}
            """))
        let prompter = ScriptedTestPrompter(answers("", "ke 3", "", ""))
        let session = try harness.start(prompter, roles: ["petugas"])
        #expect(session.run() == .completed)
        #expect(prompter.refusals.count == 1)
        #expect(session.state.completed.map(\.step) == ["1", "3"])
        #expect(session.state.completed[0].branch?.label == "")
        // By its number in the list too.
        let byNumber = ScriptedTestPrompter(answers("1", "", ""))
        let second = try harness.start(byNumber, roles: ["petugas"])
        #expect(second.run() == .completed)
        #expect(second.state.completed.map(\.step) == ["1", "2"])
    }

    @Test func aForgottenJoinNeverRunsAStepTwice() throws {
        let harness = Harness(Self.sop("""
              - {no: 1, uraian: Membagi tugas, pelaksana: petugas, paralel: [a, b]}
              - {id: a, no: 2, uraian: Memeriksa berkas, pelaksana: petugas, lanjut: 3}
              - {id: b, no: 2, uraian: Memeriksa lokasi, pelaksana: kabid, lanjut: 3}
              - {no: 3, uraian: Menyusun laporan, pelaksana: petugas}
            """))
        // The petugas finishes a first: 3 waits for b, which can still reach it.
        let prompter = ScriptedTestPrompter(answers("", ""))
        let session = try harness.start(prompter, roles: ["petugas"])
        #expect(session.run() == .waiting)
        #expect(session.state.completed.map(\.step) == ["1", "a"])
        #expect(prompter.committedTypes.contains("join-arrived"))
        let kabid = try harness.resume(session.state.id, ScriptedTestPrompter(answers("")), roles: ["kabid"])
        #expect(kabid.run() == .waiting)
        let last = try harness.resume(session.state.id, ScriptedTestPrompter(answers("", "")), roles: ["petugas"])
        #expect(last.run() == .completed)
        #expect(last.state.completed.map(\.step) == ["1", "a", "b", "3"])
    }

    @Test func boxesOfOnePrintedRowJoinAtTheNextRowWithoutKeys() throws {
        let harness = Harness(Self.sop("""
              - {no: 1, uraian: Membuat jadwal rapat, pelaksana: petugas}
              - {id: rapat-petugas, no: 2, uraian: Mengikuti rapat, pelaksana: petugas}
              - {id: rapat-kabid, no: 2, uraian: Mengikuti rapat, pelaksana: kabid}
              - {no: 3, uraian: Menyusun notulen, pelaksana: petugas}
            """))
        let prompter = ScriptedTestPrompter(answers("", "", "", "", ""))
        let session = try harness.start(prompter, roles: Self.both)
        #expect(session.run() == .completed)
        #expect(session.state.completed.map(\.step) == ["1", "rapat-petugas", "rapat-kabid", "3"])
        let headers = prompter.messages.compactMap { message -> String? in
            guard case .stepOpened(let header) = message else { return nil }
            return "\(header.position)/\(header.total) \(header.part ?? "-")"
        }
        #expect(headers == ["1/3 -", "2/3 Petugas", "2/3 Kepala Bidang", "3/3 -"])
    }

    @Test func workPassesFromBoxToBoxInsideARow() throws {
        let harness = Harness(Self.sop("""
              - {id: serah, no: 1, uraian: Menyerahkan berkas, pelaksana: petugas, baris: berurutan}
              - {id: terima, no: 1, uraian: Menerima berkas, pelaksana: kabid}
              - {no: 2, uraian: Mengarsipkan, pelaksana: petugas}
            """))
        let prompter = ScriptedTestPrompter(answers("", "", ""))
        let session = try harness.start(prompter, roles: ["petugas"])
        // Only the first box starts: the second waits for it, in the Kepala Bidang's worklist.
        #expect(session.run() == .waiting)
        #expect(session.state.completed.map(\.step) == ["serah"])
        #expect(session.state.active.map(\.step) == ["terima"])
    }

    @Test func twoDecisionsStackedInOneRowAndAPathEndingInsideIt() throws {
        let harness = Harness(Self.sop("""
              - {no: 1, uraian: Menerima laporan, pelaksana: petugas}
              - id: cek-berkas
                no: 2
                uraian: Memeriksa berkas lalu keabsahannya
                pelaksana: petugas
                baris: berurutan
                keputusan: {cabang: {Lengkap: cek-sah, Tidak lengkap: 1}}
              - id: cek-sah
                no: 2
                uraian: Memeriksa berkas lalu keabsahannya
                pelaksana: kabid
                keputusan: {cabang: {Sah: 3, Tidak sah: selesai}}
              - {no: 3, uraian: Menerbitkan surat, pelaksana: petugas}
            """))
        // Not valid: the path ends inside row 2, at its second diamond.
        let prompter = ScriptedTestPrompter(answers("", "Lengkap", "", "Tidak sah", ""))
        let session = try harness.start(prompter, roles: Self.both)
        #expect(session.run() == .completed, "\(prompter.refusals)")
        #expect(session.state.completed.map(\.step) == ["1", "cek-berkas", "cek-sah"])
        let headers = prompter.messages.compactMap { message -> String? in
            guard case .stepOpened(let header) = message else { return nil }
            return "\(header.position)/\(header.total)"
        }
        #expect(headers == ["1/3", "2/3", "2/3"])
    }

    @Test func onlyOneOfAlternativeBoxesIsDone() throws {
        let harness = Harness(Self.sop("""
              - {no: 1, uraian: Menerima permohonan, pelaksana: petugas}
              - {id: loket, no: 2, uraian: Melayani di loket, pelaksana: petugas, baris: pilihan}
              - {id: daring, no: 2, uraian: Melayani daring, pelaksana: kabid}
              - {no: 3, uraian: Mengarsipkan, pelaksana: petugas}
            """))
        let prompter = ScriptedTestPrompter(answers("", "", ""))
        let session = try harness.start(prompter, roles: ["petugas"])
        #expect(session.run() == .completed)
        #expect(session.state.completed.map(\.step) == ["1", "loket", "daring", "3"])
        #expect(session.state.completed[2].skipped != nil)
        #expect(session.state.completed[1].skipped == nil)
    }

    @Test func anOptionalStepIsSkippedWithAReasonOnly() throws {
        let harness = Harness(Self.sop("""
              - {no: 1, uraian: Menandatangani kontrak, pelaksana: petugas}
              - {no: 2, uraian: Menyerahkan lokasi kerja (apabila diperlukan), pelaksana: petugas, opsional: ya}
              - {no: 3, uraian: Menerbitkan SPMK, pelaksana: petugas}
            """))
        let prompter = ScriptedTestPrompter([.answer(""), .command(.skip("  ")), .command(.skip("lokasi sudah dikuasai")),
                                             .command(.skip("bukan opsional")), .answer("")])
        let session = try harness.start(prompter, roles: ["petugas"])
        #expect(session.run() == .completed)
        #expect(session.state.completed.map(\.step) == ["1", "2", "3"])
        #expect(session.state.completed[1].skipped == "lokasi sudah dikuasai")
        #expect(prompter.refusals.count == 2, "\(prompter.refusals)")
    }

    @Test func anOutcomeEndIsRecordedApartFromCancellation() throws {
        let harness = Harness(Self.sop("""
              - no: 1
                uraian: Memeriksa tuduhan
                pelaksana: petugas
                keputusan: {cabang: {Terbukti: 3, Tidak terbukti: 2}}
              - {no: 2, uraian: Pemeriksaan dihentikan, pelaksana: petugas, simbol: terminator, hasil_akhir: Tuduhan tidak terbukti}
              - {no: 3, uraian: Menjatuhkan sanksi, pelaksana: kabid}
            """))
        let prompter = ScriptedTestPrompter(answers("Tidak terbukti", "", ""))
        let session = try harness.start(prompter, roles: ["petugas"])
        #expect(session.run() == .completed)
        #expect(session.state.status == .completed)
        #expect(session.state.outcome == "Tuduhan tidak terbukti")
        #expect(session.state.cancelReason == nil)
    }

    @Test func aNonStaffStepIsRecordedByTheRoleTheSOPNames() throws {
        let actors = """
              - {id: petugas, nama: Petugas, jenis: staf}
              - {id: kabid, nama: Kepala Bidang, jenis: staf}
              - {id: aplikasi, nama: Aplikasi, jenis: sarana, dicatat_oleh: kabid}
              - {id: pemohon, nama: Pemohon, jenis: eksternal}
            """
        let harness = Harness(Self.sop("""
              - {no: 1, uraian: Mencetak formulir, pelaksana: petugas}
              - {no: 2, uraian: Mengisi formulir, pelaksana: pemohon}
              - {no: 3, uraian: Memverifikasi data, pelaksana: aplikasi}
              - {no: 4, uraian: Menerima bukti, pelaksana: pemohon, dicatat_oleh: kabid}
            """, actors: actors))
        let session = try harness.start(ScriptedTestPrompter(answers("", "", "", "")), roles: Self.both)
        #expect(session.run() == .completed)
        // 2: no rule written, the staff performer of the nearest row above; 3: the actor's; 4: the step's.
        #expect(session.state.completed.map(\.role) == ["petugas", "petugas", "kabid", "kabid"])
    }

    @Test func aConditionOnlyInTheTextIsStillAskedAtTheDesk() throws {
        let harness = Harness(Self.sop("""
              - no: 1
                uraian: PPK menyerahkan lokasi kerja, apabila diperlukan
                pelaksana: petugas
                keputusan: {pertanyaan: Apakah lokasi perlu diserahkan?, tergambar: tidak, cabang: {Ya: 2, Tidak: 3}}
              - {no: 2, uraian: Menyerahkan lokasi, pelaksana: petugas}
              - {no: 3, uraian: Menerbitkan SPMK, pelaksana: petugas}
            """))
        let prompter = ScriptedTestPrompter(answers("Tidak", "", ""))
        let session = try harness.start(prompter, roles: ["petugas"])
        #expect(session.run() == .completed)
        #expect(session.state.completed.map(\.step) == ["1", "3"])
    }
}

/// The SOP that uses every construct, run along each of its paths.
@Suite struct DrawnFlowFixtureTests {
    static let fixture = "Tests/Fixtures/flow/kontrak-contoh.yaml"

    @Test func theMainPathSkipsTheOptionalStepAndCrossesIntoTheSecondTable() throws {
        let harness = Harness(Fixtures.sop(Self.fixture))
        var replies = answers("y", "Laporan diterima", "", "ke undang", "", "", "", "", "")
        replies += [.command(.skip("lokasi kerja sudah dikuasai Penyedia"))]
        replies += answers("Tidak", "", "")
        let prompter = ScriptedTestPrompter(replies)
        let session = try harness.start(prompter, roles: ["ppk", "kpa"])
        #expect(session.run() == .completed, "\(prompter.refusals)")
        #expect(session.state.completed.map(\.step) == ["1", "2", "undang", "jaminan", "tanda-ppk", "tanda-penyedia", "5",
                                                         "t2-1", "t2-3"])
        // The Penyedia's steps are recorded by the PPK, as the SOP says.
        #expect(session.state.completed.filter { $0.step == "jaminan" }.map(\.role) == ["ppk"])
        #expect(session.state.completed.first { $0.step == "5" }?.skipped == "lokasi kerja sudah dikuasai Penyedia")
        #expect(session.state.outcome == nil)
    }

    @Test func theOtherPathEndsWithItsOutcome() throws {
        let harness = Harness(Fixtures.sop(Self.fixture))
        let prompter = ScriptedTestPrompter(answers("y", "Laporan diterima", "", "Tidak", "", ""))
        let session = try harness.start(prompter, roles: ["ppk"])
        #expect(session.run() == .completed, "\(prompter.refusals)")
        #expect(session.state.completed.map(\.step) == ["1", "2", "6"])
        #expect(session.state.outcome == "Pemilihan diulang")
    }

    @Test func thePaymentPathPassesTheRowWithoutASymbol() throws {
        let harness = Harness(Fixtures.sop(Self.fixture))
        var replies = answers("y", "Laporan diterima", "", "1", "", "", "", "", "")
        replies += [.command(.skip("tidak perlu"))]
        replies += answers("Ya", "", "", "")
        let prompter = ScriptedTestPrompter(replies)
        let session = try harness.start(prompter, roles: ["ppk", "kpa"])
        #expect(session.run() == .completed, "\(prompter.refusals)")
        #expect(session.state.completed.suffix(3).map(\.step) == ["t2-1", "t2-2", "t2-3"])
    }
}
