import SOPCore
import Testing

@testable import SOPModel

/// The identity as units print it (issue 10): dates, headings, letterhead, signature, lists.
@Suite struct PrintedIdentityTests {
    @Test("Dates as units print them", arguments: [
        ("2024", SOPDate.Value.year(2024)), ("02-02-2024", .day(year: 2024, month: 2, day: 2)),
        ("02/02/2024", .day(year: 2024, month: 2, day: 2)), ("2/2/2024", .day(year: 2024, month: 2, day: 2)),
        ("14 Pebruari 2024", .day(year: 2024, month: 2, day: 14)), ("Nopember 2023", .month(year: 2023, month: 11)),
        ("", .none), ("-", .none), ("2025-02-24", .day(year: 2025, month: 2, day: 24)),
    ])
    func dates(text: String, value: SOPDate.Value) throws {
        #expect(try SOPDateParser.parse(text).get() == value)
    }

    @Test func impossibleDayFirstDatesAreSaidSo() {
        #expect(SOPDateParser.parse("31/02/2024") == .failure(.nonexistent(year: 2024, month: 2, day: 31)))
        #expect(SOPDateParser.parse("02/2024/02") == .failure(.unreadable))
    }

    @Test func printedIdentityIsReadAsWritten() throws {
        let result = SOPLoader.load(path: Paths.root + "/Tests/Fixtures/lint/ok/20-identitas-tercetak.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
        let identity = try #require(result.sop?.identity)
        #expect(SOPDate.printed(identity.dates.revisi) == "")
        #expect(SOPDate.printed(identity.dates.pembuatan) == "02/02/2024")
        #expect(identity.approver?.signature == .elektronik)
        #expect(identity.approver?.pangkat == nil && identity.approver?.nip == nil)
        let printing = identity.printing
        #expect(printing.letterhead.map(\.value) == ["Pemerintah Provinsi Contoh", "Satuan Polisi Pamong Praja", "Sekretariat",
                                                      "Sub Bagian Umum dan Kepegawaian"])
        #expect(printing.label("judul", default: Localized(verbatim: "Judul SOP"), .id) == "Nama SOP")
        #expect(printing.label("mutu_baku", default: Localized(verbatim: "Mutu Baku"), .id) == "Mutu Buku")
        #expect(printing.intros["peringatan"]?.value == "Apabila SOP ini tidak dilaksanakan, maka:")
        #expect(printing.paragraphs == ["dasar_hukum"])
        #expect(!printing.totalRow)
        #expect(printing.tableTitle?.value == "19. SOP Penertiban Reklame Tanpa Izin")
        let logo = try LogoImage.load(try #require(printing.logo).value, besides: result.source.path).get()
        #expect(logo.mimeType == "image/png")
    }

    @Test("total_waktu: ya, tidak, or the Total waktu as printed", arguments: [
        ("ya", true, nil), ("tidak", false, nil), ("false", false, nil),
        ("4 hari kerja 2 jam 55 menit", true, "4 hari kerja 2 jam 55 menit"), ("Sesuai kebutuhan", true, "Sesuai kebutuhan"),
    ] as [(String, Bool, String?)])
    func totalWaktuAsPrinted(written: String, row: Bool, text: String?) throws {
        let yaml = "nomor: \"1\"\njudul: X\ncetak:\n  total_waktu: \(written)\npelaksana: []\nkegiatan: []\n"
        let result = SOPLoader.load(text: yaml, path: "t.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
        let printing = try #require(result.sop?.identity.printing)
        #expect(printing.totalRow == row)
        #expect(printing.totalText?.value == text)
    }

    @Test func aTotalWaktuOneTypoFromTidakIsRefusedNotPrinted() throws {
        let yaml = "nomor: \"1\"\njudul: X\ncetak:\n  total_waktu: tidka\npelaksana: []\nkegiatan: []\n"
        let result = SOPLoader.load(text: yaml, path: "t.yaml")
        let error = try #require(result.diagnostics.first)
        #expect(error.code.rawValue == "invalid-boolean")
        #expect(error.location?.line == 4 && error.location?.column == 16)
        #expect(error.notes.map(\.message.id).joined().contains("tidak"))
        #expect(result.sop?.identity.printing.totalText == nil)
    }

    @Test func unknownPrintedKeysAndParagraphSectionsAreLocated() {
        let text = "nomor: \"1\"\njudul: X\ncetak:\n  label: {judull: Nama SOP}\n  paragraf: [peringatn]\npelaksana: []\nkegiatan: []\n"
        let result = SOPLoader.load(text: text, path: "t.yaml")
        #expect(result.diagnostics.map(\.code.rawValue).sorted() == ["invalid-choice", "unknown-key"])
    }
}
