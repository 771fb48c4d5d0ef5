import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// A row's Mutu Baku cells belong to the whole printed row (issue 10): its Kelengkapan is asked
/// when the row's first box to run starts, its Output when its last box to run is done, and its
/// Waktu times the pass once, from that first start to that last end.
@Suite struct RowPassTests {
    /// perbaikan-pc rows 1 and 2 in small: three boxes in sequence, then two stacked decisions.
    static let sequential = """
        nomor: "31"
        judul: Perbaikan
        pelaksana:
          - {id: pegawai, nama: Pegawai, jenis: staf}
          - {id: admin, nama: Admin, jenis: staf}
          - {id: teknisi, nama: Teknisi, jenis: staf}
        kegiatan:
          - id: 1-pegawai
            no: 1
            baris: berurutan
            uraian: Pengajuan tiket
            pelaksana: pegawai
            mutu_baku: {kelengkapan: [Informasi kerusakan], waktu: 20 menit, output: [Informasi garansi]}
          - {id: 1-admin, no: 1, uraian: Pengajuan tiket, pelaksana: admin}
          - {id: 1-teknisi, no: 1, uraian: Pengajuan tiket, pelaksana: teknisi}
          - id: cek-garansi
            no: 2
            baris: berurutan
            uraian: Pemeriksaan kerusakan
            pelaksana: teknisi
            keputusan: {cabang: {Ada garansi: 3, Tidak Ada: cek-kerusakan}}
            mutu_baku: {kelengkapan: [Pemeriksaan], waktu: 30 menit, output: [Diagnosa]}
          - id: cek-kerusakan
            no: 2
            uraian: Pemeriksaan kerusakan
            pelaksana: teknisi
            keputusan: {cabang: {Rusak Berat: 3, Rusak Ringan: selesai}}
          - {no: 3, uraian: Identifikasi, pelaksana: teknisi}
        """

    static func asked(_ prompter: ScriptedTestPrompter) -> [String] {
        prompter.questions.compactMap { question -> String? in
            switch question.kind {
            case .kelengkapan(let item): "\(question.step.id.value) K \(item.text.value)"
            case .output(let item): "\(question.step.id.value) O \(item)"
            case .branch: "\(question.step.id.value) cabang"
            default: nil
            }
        }
    }

    @Test func sequentialRowAsksKelengkapanAtItsFirstBoxAndOutputAtItsLast() throws {
        let harness = Harness(Fixtures.sop(text: Self.sequential))
        let clock = harness.clock
        let prompter = ScriptedTestPrompter(answers("ya", "", "", "isi", "", "ya", "Tidak Ada", "", "Rusak Ringan", "diagnosa", ""),
                                            clock: clock, minutesPerAnswer: 4)
        let session = try harness.start(prompter, roles: ["pegawai", "admin", "teknisi"])
        #expect(session.run() == .completed, "\(prompter.refusals)")
        #expect(Self.asked(prompter) == [
            "1-pegawai K Informasi kerusakan", "1-teknisi O Informasi garansi",
            // The branch before the row's Output (tester 10, finding 17).
            "cek-garansi K Pemeriksaan", "cek-garansi cabang", "cek-kerusakan cabang", "cek-kerusakan O Diagnosa",
        ])
        let visits = session.state.completed
        let first = try #require(visits.first { $0.step == "1-pegawai" })
        let last = try #require(visits.first { $0.step == "1-teknisi" })
        // One deadline for the row, counted from its first box; judged once, at its last box.
        #expect(visits.filter { ["1-pegawai", "1-admin", "1-teknisi"].contains($0.step) }.allSatisfy { $0.due == first.due })
        #expect(first.due == first.startedAt.addingTimeInterval(20 * 60))
        #expect(first.used == nil)
        #expect(visits.first { $0.step == "1-admin" }?.used == nil)
        #expect(last.rowStartedAt == first.startedAt)
        let used = try #require(last.used)
        #expect(used == last.completedAt!.timeIntervalSince(first.startedAt))
        #expect(used > 0)
    }

    @Test func aBranchLeavingTheRowAsksTheOutputAtThatBox() throws {
        let harness = Harness(Fixtures.sop(text: Self.sequential))
        let prompter = ScriptedTestPrompter(answers("ya", "", "", "isi", "", "ya", "Ada garansi", "diagnosa", "", ""))
        let session = try harness.start(prompter, roles: ["pegawai", "admin", "teknisi"])
        #expect(session.run() == .completed, "\(prompter.refusals)")
        #expect(Self.asked(prompter).suffix(3) == ["cek-garansi K Pemeriksaan", "cek-garansi cabang", "cek-garansi O Diagnosa"])
        #expect(session.state.completed.first { $0.step == "cek-garansi" }?.used != nil)
    }

    @Test func theStepsScreenShowsTheRowsCellsAndTimeSinceItsFirstBox() throws {
        let harness = Harness(Fixtures.sop(text: Self.sequential))
        let prompter = ScriptedTestPrompter(answers("ya", "", ""), clock: harness.clock, minutesPerAnswer: 5)
        let session = try harness.start(prompter, roles: ["pegawai", "admin", "teknisi"])
        _ = session.run()
        let headers = prompter.messages.compactMap { message -> StepHeader? in
            if case .stepOpened(let header) = message { return header }
            return nil
        }
        let admin = try #require(headers.first { $0.step.id.value == "1-admin" })
        #expect(admin.waktu?.text.value == "20 menit")
        #expect(admin.cells.kelengkapan.map(\.text.value) == ["Informasi kerusakan"])
        #expect(admin.asksKelengkapan == false)
        #expect(admin.asksOutput == false)
        #expect(admin.rowStarted == Fixtures.monday)
        #expect(admin.used == 10 * 60)
        let dones = prompter.messages.compactMap { message -> StepDone? in
            if case .stepDone(let done) = message { return done }
            return nil
        }
        #expect(dones.first?.part == "Pegawai")
        // Asked at +5 minutes, done at +10: the row's time so far.
        #expect(abs((dones.first?.clock?.used ?? 0) - 10 * 60) < 1)
    }

    static let parallel = """
        nomor: "32"
        judul: Rapat
        pelaksana:
          - {id: ketua, nama: Ketua, jenis: staf}
          - {id: anggota, nama: Anggota, jenis: staf}
        kegiatan:
          - {no: 1, uraian: Membuat jadwal, pelaksana: ketua}
          - {id: rapat-ketua, no: 2, uraian: Mengikuti rapat, pelaksana: ketua, mutu_baku: {kelengkapan: [Undangan], waktu: 2 jam, output: [Notulen]}}
          - {id: rapat-anggota, no: 2, uraian: Mengikuti rapat, pelaksana: anggota}
          - {no: 3, uraian: Menyusun laporan, pelaksana: ketua}
        """

    @Test func parallelBoxesAskTheOutputAtTheOneDoneLast() throws {
        let harness = Harness(Fixtures.sop(text: Self.parallel))
        // The ketua's desk does its box first; the anggota's box is still open, so no Output there.
        let ketua = ScriptedTestPrompter(answers("", "ya", ""))
        let session = try harness.start(ketua, roles: ["ketua"])
        #expect(session.run() == .waiting, "\(ketua.refusals)")
        #expect(Self.asked(ketua) == ["rapat-ketua K Undangan"])
        let anggota = ScriptedTestPrompter(answers("notulen", ""))
        let other = try harness.resume(session.state.id, anggota, roles: ["anggota"])
        #expect(other.run() == .waiting, "\(anggota.refusals)")
        #expect(Self.asked(anggota) == ["rapat-anggota O Notulen"])
        let boxes = other.state.completed.filter { $0.step.hasPrefix("rapat") }
        #expect(boxes.count == 2)
        #expect(boxes[0].due == boxes[1].due)
        #expect(boxes.filter { $0.used != nil }.map(\.step) == ["rapat-anggota"])
    }

    @Test func anAlternativeBoxIsTheWholeRow() throws {
        let text = """
            nomor: "33"
            judul: Hibah
            pelaksana:
              - {id: satker, nama: Satuan Kerja, jenis: staf}
              - {id: bps-ri, nama: BPS RI, jenis: instansi, dicatat_oleh: satker}
            kegiatan:
              - no: 1
                uraian: Mengusulkan
                pelaksana: satker
                keputusan: {cabang: {A: pengelola, B: bps-ri}}
              - {id: pengelola, no: 2, baris: pilihan, uraian: Memproses, pelaksana: satker, lanjut: 3, mutu_baku: {kelengkapan: [Berkas], waktu: 14 hari kerja, output: [Surat persetujuan]}}
              - {id: bps-ri, no: 2, uraian: Memproses, pelaksana: bps-ri, lanjut: 3}
              - {no: 3, uraian: Menyerahkan, pelaksana: satker}
            """
        let harness = Harness(Fixtures.sop(text: text))
        let prompter = ScriptedTestPrompter(answers("B", "", "ya", "surat", "", ""))
        let session = try harness.start(prompter, roles: ["satker"])
        #expect(session.run() == .completed, "\(prompter.refusals)")
        #expect(Self.asked(prompter) == ["1 cabang", "bps-ri K Berkas", "bps-ri O Surat persetujuan"])
        let box = try #require(session.state.completed.first { $0.step == "bps-ri" })
        #expect(box.due != nil)
        #expect(box.used != nil)
    }

    @Test func anAnswersFileGivingTheRowsOutputAtAnEarlierBoxIsAnError() throws {
        let harness = Harness(Fixtures.sop(text: Self.sequential))
        let text = """
            langkah:
              - kegiatan: 1-pegawai
                kelengkapan: {Informasi kerusakan: ya}
                output: {Informasi garansi: isi}
            """
        let script = try AnswerScript.parse(bytes: Array(text.utf8), path: "a.yaml").get()
        let display = ScriptedTestPrompter([])
        let session = try harness.start(ScriptedPrompter(script: script, display: display), roles: ["pegawai", "admin", "teknisi"])
        guard case .failed(let step, let reason) = session.run() else { Issue.record("not refused"); return }
        #expect(step == "1")
        #expect(reason.id.contains("menanyakannya di kotak terakhirnya"))
        #expect(reason.en.contains("Informasi garansi"))
    }
}
