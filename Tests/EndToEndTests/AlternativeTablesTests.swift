import Foundation
import Testing

/// `sop run` of an SOP whose tables are alternative procedures (pengajuan-pembayaran): the table
/// is chosen before a case opens, from the answers file or at the desk; nothing opens without it.
@Suite("sop run: tables as alternative procedures")
struct AlternativeTablesTests {
    static let nomor = "SOP-029/17000/2025"

    static func environment() -> [String: String] {
        let database = FileManager.default.temporaryDirectory
            .appendingPathComponent("sop-tables-\(UUID().uuidString)/sop.sqlite").path
        return ["SOP_DB": database, "SOP_FIXED_TIME": RunTests.fixedTime]
    }

    static func answers(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sop-tables-\(UUID().uuidString).yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func anAnswersFileWithoutItsTableOpensNoCase() throws {
        let environment = Self.environment()
        let file = try Self.answers("sebagai: [ketua]\nlangkah:\n  - kegiatan: t1-mulai\n")
        let output = try SOPBinary.run(["run", Self.nomor, "--sop-dir", "Tests/Fixtures/examples", "--answers", file],
                                       environment: environment)
        #expect(output.status == 1)
        #expect(output.stderr.contains("berkas jawaban harus menyebut 'tabel:'"), "\(output.stderr)")
        #expect(output.stderr.contains("Pengajuan Belanja Akun 524114 dan 524119 (Perjalanan)"))
        let cases = try SOPBinary.run(["cases"], environment: environment)
        #expect(!cases.stdout.contains("SOP-029"), "\(cases.stdout)")
    }

    @Test func aTableThatIsNotThereIsRefused() throws {
        let file = try Self.answers("sebagai: [ketua]\ntabel: Akun\nlangkah:\n  - kegiatan: t1-mulai\n")
        let output = try SOPBinary.run(["run", Self.nomor, "--sop-dir", "Tests/Fixtures/examples", "--answers", file,
                                        "--lang", "en"], environment: Self.environment())
        #expect(output.status == 1)
        #expect(output.stderr.contains("'Akun' names no single table: type its number (1-8)"), "\(output.stderr)")
    }

    @Test func anEmptyTableIsALocatedAnswersError() throws {
        let file = try Self.answers("tabel: \"\"\nlangkah: []\n")
        let output = try SOPBinary.run(["run", Self.nomor, "--sop-dir", "Tests/Fixtures/examples", "--answers", file],
                                       environment: Self.environment())
        #expect(output.status != 0)
        #expect(output.stderr.contains("\(file):1:8: error:"), "\(output.stderr)")
    }

    @Test func atTheDeskTheTableIsAskedByNumberOrHeading() throws {
        let environment = Self.environment()
        let output = try SOPBinary.run(["run", Self.nomor, "--sop-dir", "Tests/Fixtures/examples", "--as", "ketua"],
                                       environment: environment, stdin: "Akun\n521811\n")
        #expect(output.stdout.contains("Tabel (prosedur) mana yang berlaku untuk kasus ini? [1 Pengajuan Belanja Akun 521211 /"))
        #expect(output.stdout.contains("✗ 'Akun' tidak menunjuk satu tabel"))
        #expect(output.stdout.contains("━━ Tabel 3 · Pengajuan Belanja Akun 521811 · Kegiatan 1 dari 8"), "\(output.stdout)")
        let nothing = try SOPBinary.run(["run", Self.nomor, "--sop-dir", "Tests/Fixtures/examples", "--as", "ketua"],
                                        environment: Self.environment(), stdin: "")
        #expect(nothing.status == 1)
        #expect(nothing.stderr.contains("Tidak ada tabel dipilih; tidak ada kasus yang dibuka."))
    }

    @Test func theListGivesEachTablesTotalNotTheirSum() throws {
        let output = try SOPBinary.run(["list", "--sop-dir", "Tests/Fixtures/examples"], environment: Self.environment())
        let line = try #require(output.stdout.split(separator: "\n").first { $0.hasPrefix("SOP-029") })
        // Each table's longest path (tester 28, F13): in tables 3 and 8 the "Ya" exit starts
        // rows 6 and 7 together and row 6 ends there, so the longer of the two counts, not both.
        #expect(line.hasSuffix("1: 3 jam + 24 hari; 2: 12 hari; 3: 2 jam + 24 hari; 4: 9 hari; 5: 14 hari; 6: 13 hari; 7: 13 hari; 8: 35 hari"), "\(line)")
    }
}
