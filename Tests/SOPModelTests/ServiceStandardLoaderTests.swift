import SOPCore
import Testing

@testable import SOPModel

/// `kasus: batas_layanan` (tester 25, finding 1): `total` reads the printed Total waktu with the
/// Waktu reader; a duration is read as written; anything else is a located error.
@Suite struct ServiceStandardLoaderTests {
    static func load(total: String?, standard: String) -> LoadResult {
        let cetak = total.map { "cetak: {total_waktu: \"\($0)\"}\n" } ?? ""
        let text = """
            nomor: "05"
            judul: Ahli waris
            \(cetak)kasus: {batas_layanan: "\(standard)"}
            pelaksana: [{id: petugas, nama: Petugas, jenis: staf}]
            kegiatan:
              - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: 15 menit}}
            """
        return SOPLoader.load(text: text, path: "t.yaml")
    }

    @Test("The printed total or a written duration is read", arguments: [
        ("3 (tiga) hari kerja", "total", "3 (tiga) hari kerja", WaktuDuration.Unit.hariKerja, 3.0),
        ("paling lambat 1 x 24 jam", "TOTAL", "paling lambat 1 x 24 jam", .jam, 24),
        ("Sesuai kebutuhan", "2 hari kerja", "2 hari kerja", .hariKerja, 2),
    ])
    func reads(total: String, standard: String, text: String, unit: WaktuDuration.Unit, amount: Double) throws {
        let result = Self.load(total: total, standard: standard)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
        let read = try #require(result.sop?.caseSettings.serviceStandard)
        #expect(read.text == text && read.parts.count == 1 && read.parts[0].unit == unit && read.parts[0].high == amount)
    }

    /// Tester 31, F2: a printed total of working days and minutes, as JUMLAH WAKTU prints it, is
    /// one standard of two parts, printed or written.
    @Test("A total of several kinds of time is read part by part", arguments: [
        ("9 (sembilan) hari kerja 35 menit", "total", "9 (sembilan) hari kerja 35 menit"),
        ("Sesuai kebutuhan", "9 hari kerja 35 menit", "9 hari kerja 35 menit"),
    ])
    func readsSeveralParts(total: String, standard: String, text: String) throws {
        let result = Self.load(total: total, standard: standard)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
        let read = try #require(result.sop?.caseSettings.serviceStandard)
        #expect(read.text == text)
        #expect(read.parts.map(\.unit) == [.hariKerja, .menit] && read.parts.map(\.high) == [9, 35])
        #expect(read.total.parts[.workingDays] == 9...9 && read.total.parts[.workingMinutes] == 35...35)
    }

    @Test("What cannot be a standard is refused where it is written", arguments: [
        (String?.none, "total", "batas_layanan: total reads the printed Total waktu, but cetak.total_waktu does not write one"),
        ("Sesuai kebutuhan", "total", "batas_layanan: total cannot read the printed Total waktu 'Sesuai kebutuhan' as one duration"),
        ("1 hari (online), 3 hari (langsung)", "total", "batas_layanan: total cannot read the printed Total waktu '1 hari (online), 3 hari (langsung)' as one duration"),
        ("3 hari kerja", "secepatnya", "batas_layanan 'secepatnya' cannot be read; write 'total' (the printed Total waktu) or one duration"),
    ])
    func refused(total: String?, standard: String, message: String) throws {
        let result = Self.load(total: total, standard: standard)
        let diagnostic = try #require(result.diagnostics.first { $0.code.rawValue == "waktu-format" })
        #expect(diagnostic.message.en.hasPrefix(message), "\(diagnostic.message.en)")
        #expect(diagnostic.location?.line == (total == nil ? 3 : 4))
        #expect(result.sop?.caseSettings.serviceStandard == nil)
    }
}
