import SOPCore
import Testing

@testable import SOPModel

func load(_ text: String) -> LoadResult {
    SOPLoader.load(text: text, path: "t.yaml")
}

func codes(_ result: LoadResult) -> [String] {
    result.diagnostics.sortedByLocation().map(\.code.rawValue)
}

let minimal = """
    nomor: "09"
    judul: Contoh
    pelaksana:
      - id: staf
        nama: Staf
        jenis: staf
    kegiatan:
      - uraian: Menerima berkas
        pelaksana: staf

    """

@Suite struct LoaderTests {
    @Test func minimalSOPLoads() throws {
        let result = load(minimal)
        #expect(result.diagnostics.isEmpty)
        let sop = try #require(result.sop)
        #expect(sop.steps.first?.id.value == "baris-1")
        #expect(sop.steps.first?.idIsExplicit == false)
        #expect(sop.identity.peringatan == nil)
        #expect(sop.totalWaktu.isEmpty)
    }

    @Test func unknownKeySuggestsTheNearest() throws {
        let result = load(minimal.replacingOccurrences(of: "judul:", with: "judull:"))
        // One mistake, one error: 'judul' is not also reported missing (tester 12, F21).
        #expect(codes(result) == ["unknown-key"])
        let unknown = try #require(result.diagnostics.first { $0.code == "unknown-key" })
        #expect(unknown.location?.mark == Mark(line: 2, column: 1))
        #expect(unknown.notes.map(\.message.en) == ["did you mean 'judul'?"])
    }

    @Test func unknownKeyWithNothingNearListsTheKnownOnes() throws {
        let result = load(minimal + "    zzzzzz: 1\n")
        let unknown = try #require(result.diagnostics.first)
        #expect(unknown.message.id == "kunci 'zzzzzz' tidak dikenal di kegiatan")
        #expect(unknown.notes.first?.message.en.hasPrefix("known keys: id, no, bagian, uraian") == true)
    }

    @Test func wrongKinds() {
        let result = load("nomor: [1]\njudul: {a: b}\npelaksana: semua\nkegiatan:\n  - satu\n")
        #expect(codes(result) == ["wrong-type", "wrong-type", "wrong-type", "wrong-type"])
        #expect(result.diagnostics.sortedByLocation().map(\.message.en) == [
            "'nomor' must be text, found a list",
            "'judul' must be text, found a mapping (key: value)",
            "'pelaksana' must be a list, found text",
            "'kegiatan' must be a mapping (key: value), found text",
        ])
    }

    @Test func everyProblemAtOnce() {
        let text = """
            nomor: "09"
            judul: ""
            tanggal:
              pembuatan: 31 April 2021
              efektif: Marte 2021
            pelaksana:
              - id: staf umum
                nama: Staf
                jenis: pegawai
            kegiatan:
              - id: selesai
                uraian: Menerima berkas
                pelaksana: staf
                mutu_baku:
                  waktu: 5 mnt
                  kelengkapan:
                    - butir: KTP
                      wajib: mungkin
                formulir:
                  - nama: nik
                    jenis: angka16
                keputusan:
                  cabang: Ya
                lanjut: 2

            """
        #expect(codes(load(text)) == [
            "empty-value", "date-nonexistent", "date-format", "invalid-id", "invalid-choice", "reserved-id",
            "waktu-format", "invalid-boolean", "invalid-choice", "wrong-type", "conflicting-keys",
        ])
    }

    @Test func waktuKeptVerbatimWhenUnreadable() throws {
        let result = load(minimal + "    mutu_baku:\n      waktu: 5 mnt\n")
        #expect(codes(result) == ["waktu-format"])
        let waktu = try #require(result.sop?.steps.first?.mutuBaku.waktu)
        #expect(waktu.text.value == "5 mnt")
        #expect(waktu.duration == nil)
    }

    @Test func waktuWithoutDurationHasNoStandardAndNoError() throws {
        let result = load(minimal + "    mutu_baku:\n      waktu: Sesuai kebutuhan\n")
        #expect(codes(result) == [])
        let waktu = try #require(result.sop?.steps.first?.mutuBaku.waktu)
        #expect(waktu.text.value == "Sesuai kebutuhan")
        #expect(waktu.duration == nil)
    }

    @Test func emptyListsAreKeptEmpty() throws {
        let sop = try #require(load(minimal + "peringatan:\npencatatan_pendataan: []\n").sop)
        #expect(sop.identity.peringatan?.isEmpty == true)
        #expect(sop.identity.pencatatanPendataan?.isEmpty == true)
        #expect(sop.identity.keterkaitan == nil)
    }

    @Test func kelengkapanItemsMayBeRequiredToProceed() throws {
        let text = minimal + "    mutu_baku:\n      kelengkapan:\n        - KTP\n        - butir: Surat kuasa\n          wajib: ya\n"
        let items = try #require(load(text).sop?.steps.first?.mutuBaku.kelengkapan)
        #expect(items.map(\.text.value) == ["KTP", "Surat kuasa"])
        #expect(items.map(\.requiredToProceed) == [false, true])
    }

    @Test func flowForms() throws {
        let text = minimal + """
              - id: cek
                uraian: Apakah lengkap?
                pelaksana: staf
                keputusan:
                  cabang:
                    Lengkap: selesai
                    Belum lengkap: baris-1
              - no: "3."
                uraian: Arsip
                pelaksana: staf
                lanjut: selesai

            """
        let sop = try #require(load(text).sop)
        guard case .decision(let decision) = sop.steps[1].flow, case .next(let end?) = sop.steps[2].flow else {
            Issue.record("expected a decision and an explicit end")
            return
        }
        #expect(decision.branches.map(\.target.value) == [.end, .step("baris-1")])
        #expect(end.value == .end)
        #expect(sop.steps[2].id.value == "3")
        #expect(sop.steps[2].number == "3.")
    }

    @Test func rootThatIsNotAMapping() {
        let result = load("- a\n- b\n")
        #expect(result.sop == nil)
        #expect(codes(result) == ["wrong-type"])
    }

    @Test func unreadableFileIsADiagnostic() {
        let result = SOPLoader.load(path: "/nonexistent/sop.yaml")
        #expect(codes(result) == ["io-unreadable"])
        #expect(result.diagnostics.first?.message.en.contains("no such file") == true)
        #expect(codes(SOPLoader.load(path: "/tmp")) == ["io-unreadable"])
    }

    @Test func everyShapeKeyIsReadByTheLoader() {
        // Keys that the description has but the loader never reads would be silently ignored.
        let full = """
            nomor: "1"
            judul: j
            instansi: i
            unit: u
            tanggal: {pembuatan: Maret 2021, revisi: "-", efektif: Maret 2021}
            disahkan_oleh: {jabatan: j, nama: n, pangkat: p, nip: "1"}
            dasar_hukum: [a]
            kualifikasi_pelaksana: [a]
            keterkaitan: [a]
            peralatan_perlengkapan: [a]
            peringatan: [a]
            pencatatan_pendataan: [a]
            jam_layanan: Senin 08.00-12.00
            pelaksana: [{id: a, nama: A, jenis: staf}]
            kegiatan:
              - id: x
                no: "1"
                bagian: A. B
                uraian: u
                pelaksana: a
                terlibat: [a]
                simbol: proses
                mutu_baku: {kelengkapan: [k], waktu: 1 jam, output: [o]}
                keterangan: k
                formulir: [{nama: f, label: F, jenis: pilihan, wajib: tidak, pilihan: [p]}]
                menunggu: [x]
                keputusan: {pertanyaan: q, cabang: {A: selesai, B: x}}
              - uraian: u
                pelaksana: a
                paralel: [x]
              - uraian: u
                pelaksana: a
                lanjut: selesai

            """
        let result = load(full)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
        guard let sop = result.sop, let step = sop.steps.first else {
            Issue.record("should load")
            return
        }
        #expect(sop.identity.unit?.value == "u" && sop.identity.approver?.nip?.value == "1")
        #expect(sop.serviceHours?.entries.count == 1)
        #expect(step.section?.code == "A" && step.symbol?.value == .proses && step.keterangan == "k")
        #expect(step.form.first?.options.map(\.value) == ["p"] && step.form.first?.required == false)
        #expect(step.waitsFor.map(\.value) == ["x"] && step.involved.map(\.value) == ["a"])
    }
}
