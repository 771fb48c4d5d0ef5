import Foundation
import Testing

@Suite("sop list and sop show, run as users run them")
struct ListShowTests {
    @Test func listTheSOPFolder() throws {
        let output = try SOPBinary.run(["list"])
        #expect(output.status == 0)
        #expect(output.stderr == "")
        try SOPBinary.expectGolden(output.stdout, "list.txt")
    }

    @Test func showSOP01() throws {
        let output = try SOPBinary.run(["show", "01"])
        #expect(output.status == 0)
        #expect(output.stderr == "")
        #expect(!output.stdout.contains("\u{1B}"), "no colour when not on a terminal")
        try SOPBinary.expectGolden(output.stdout, "show-01.txt")
    }

    @Test func showSOP01InEnglish() throws {
        let flag = try SOPBinary.run(["show", "01", "--lang", "en"])
        #expect(flag.status == 0)
        try SOPBinary.expectGolden(flag.stdout, "show-01.en.txt")
        let environment = try SOPBinary.run(["show", "01"], environment: ["LANG": "en_US.UTF-8"])
        #expect(environment.stdout == flag.stdout)
    }

    @Test func showByFileNameAndPath() throws {
        let byPath = try SOPBinary.run(["show", "sop/01-pengaduan-langsung.yaml"])
        let byNomor = try SOPBinary.run(["show", "01"])
        #expect(byPath.status == 0 && byPath.stdout == byNomor.stdout)
    }

    @Test func showTheExamplesWithDecisionsAndParallelRows() throws {
        let output = try SOPBinary.run(["show", "SOP-314/17000/2025", "--sop-dir", "Tests/Fixtures/examples"])
        #expect(output.status == 0)
        try SOPBinary.expectGolden(output.stdout, "show-gratifikasi.txt")
        let layanan = try SOPBinary.run(["show", "Tests/Fixtures/examples/bps-layanan-pengaduan.yaml", "--lang", "en"],
                                        environment: ["COLUMNS": "120"])
        #expect(layanan.status == 0)
        try SOPBinary.expectGolden(layanan.stdout, "show-layanan.en.txt")
    }

    @Test func sopDirFromTheEnvironment() throws {
        let output = try SOPBinary.run(["list"], environment: ["SOP_DIR": "Tests/Fixtures/examples"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("SOP-314/17000/2025"))
        #expect(!output.stdout.contains("Pelayanan Pengaduan Langsung"))
    }
}

@Suite("Error paths: clear message, right exit code")
struct ErrorPathTests {
    static let broken = """
        nomor: "07"
        judul: Contoh rusak
        pelaksana:
          - id: staf
            nama: Staf
            jenis: staff
        kegiatan:
          - uraian: Menerima berkas
            pelaksana: staf
            mutu_baku:
              waktu: 5 mnt
            uraian: lagi

        """

    @Test func unknownSOPIsAUsageError() throws {
        let output = try SOPBinary.run(["show", "99"])
        #expect(output.status == 2)
        #expect(output.stdout == "")
        #expect(output.stderr == "sop: galat: SOP '99' tidak ditemukan di 'sop' (nomor yang ada: 01)\n")
    }

    @Test func missingFolder() throws {
        let output = try SOPBinary.run(["list", "--sop-dir", "/nonexistent/sop"])
        #expect(output.status == 2)
        #expect(output.stderr == "sop: galat: folder SOP '/nonexistent/sop' tidak ditemukan; pakai --sop-dir atau SOP_DIR\n")
        let english = try SOPBinary.run(["show", "01", "--lang", "en"], directory: URL(fileURLWithPath: "/"))
        #expect(english.status == 2)
        #expect(english.stderr == "sop: error: SOP folder 'sop' not found; use --sop-dir or SOP_DIR\n")
    }

    @Test func brokenSOPShowsLocatedDiagnostics() throws {
        let folder = try SOPBinary.folder(["07-rusak.yaml": Self.broken])
        let output = try SOPBinary.run(["show", "07"], directory: folder)
        #expect(output.status == 1)
        #expect(output.stdout == "")
        try SOPBinary.expectGolden(output.stderr, "show-broken.stderr.txt")
        let list = try SOPBinary.run(["list"], directory: folder)
        #expect(list.status == 1)
        #expect(list.stderr.contains("sop/07-rusak.yaml: 3 galat; jalankan 'sop lint sop/07-rusak.yaml' untuk rinciannya"))
    }

    @Test func unreadableAndEmptyFiles() throws {
        let folder = try SOPBinary.folder(["03-kosong.yaml": "", "04-biner.yaml": "judul: \u{1}\n"])
        let empty = try SOPBinary.run(["show", "03"], directory: folder)
        #expect(empty.status == 1)
        #expect(empty.stderr.hasPrefix("sop/03-kosong.yaml:1:1: error: berkas kosong: tidak ada isi SOP di dalamnya [yaml-empty]\n"))
    }

    @Test func ambiguousReference() throws {
        let folder = try SOPBinary.folder(["05-a.yaml": "nomor: \"05\"\n", "05-b.yaml": "nomor: \"05\"\n"])
        let output = try SOPBinary.run(["show", "05"], directory: folder)
        #expect(output.status == 2)
        #expect(output.stderr.contains("cocok dengan beberapa berkas: sop/05-a.yaml, sop/05-b.yaml"))
    }

    @Test("Bad flags and arguments are usage errors (exit 2)", arguments: [
        ["show"], ["show", "01", "--lang", "fr"], ["list", "--bogus"], ["nonsense"], ["show", "01", "02"],
    ])
    func usageErrors(arguments: [String]) throws {
        let output = try SOPBinary.run(arguments)
        #expect(output.status == 2, "\(arguments): \(output.stderr)")
        // Said as every other error, in Bahasa Indonesia, with ArgumentParser's usage line translated.
        #expect(output.stderr.hasPrefix("sop: galat: "), "\(output.stderr)")
        #expect(output.stderr.contains("\nPemakaian: sop"))
        for english in ["Error:", "Usage:", "Unknown option", "Unexpected argument", "Missing expected", "is invalid for", " and "] {
            #expect(!output.stderr.contains(english), "\(arguments): \(output.stderr)")
        }
        #expect(output.stdout == "")
    }

    @Test func usageErrorsInEnglishKeepArgumentParsersWords() throws {
        let output = try SOPBinary.run(["show", "01", "--lang", "en", "--strct"])
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("sop: error: Unknown option '--strct'\nUsage: sop show "), "\(output.stderr)")
        let typo = try SOPBinary.run(["lint", "--strct"])
        #expect(typo.stderr.hasPrefix("sop: galat: opsi '--strct' tidak dikenal; maksudnya '--strict'?\n"), "\(typo.stderr)")
        let list = try SOPBinary.run(["render", "01", "--format", "foo"])
        #expect(list.stderr.hasPrefix("sop: galat: nilai 'foo' tidak sah untuk '--format <format>'; pilih salah satu dari:\n  - html\n"),
                "\(list.stderr)")
        let value = try SOPBinary.run(["show", "01", "--lang", "fr"])
        #expect(value.stderr.hasPrefix("sop: galat: nilai 'fr' tidak sah untuk '--lang <lang>'; pilih salah satu dari 'id' atau 'en'\n"),
                "\(value.stderr)")
    }

    @Test func helpHeadingsInBahasa() throws {
        let help = try SOPBinary.run(["tasks", "--help"])
        #expect(help.status == 0)
        for heading in ["IKHTISAR: ", "PEMAKAIAN: sop tasks", "\nOPSI:\n", "Menampilkan bantuan ini.", "(bawaan: "] {
            #expect(help.stdout.contains(heading), "\(help.stdout)")
        }
        for english in ["OVERVIEW", "USAGE", "OPTIONS:", "Show help information", "(default: ", "(values: "] {
            #expect(!help.stdout.contains(english), "\(help.stdout)")
        }
        let root = try SOPBinary.run(["--help"]).stdout
        #expect(root.contains("SUBPERINTAH:") && root.contains("Lihat 'sop help <subperintah>' untuk bantuan lengkap"))
        #expect(root.contains("PEMAKAIAN: sop <subperintah>") && !root.contains("<subcommand>"))
        let english = try SOPBinary.run(["tasks", "--help", "--lang", "en"]).stdout
        #expect(english.contains("USAGE: sop tasks") && english.contains("Show help information."))
    }

    @Test func helpAndVersionSucceed() throws {
        let help = try SOPBinary.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Menjalankan Standar Operasional Prosedur"))
        let english = try SOPBinary.run(["--help", "--lang", "en"])
        #expect(english.stdout.contains("Runs Standard Operating Procedures"))
        let version = try SOPBinary.run(["--version"])
        #expect(version.status == 0)
        // The tests run a debug build, which says so (it honours SOP_TEST_LOGIN; tester12's F13).
        // The release, then the newest schema it knows on each store (from the migration lists).
        #expect(version.stdout.hasPrefix("sop 0.12.0 (skema SQLite v17, PostgreSQL v29; debug build: for tests only"), "\(version.stdout)")
        #expect(try SOPBinary.run(["--version", "--lang", "en"]).stdout.hasPrefix("sop 0.12.0 (schema SQLite v17, PostgreSQL v29; debug"))
    }
}
