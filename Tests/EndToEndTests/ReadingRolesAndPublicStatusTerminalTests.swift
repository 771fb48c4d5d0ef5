import Foundation
import SOPCore
import Testing

/// On the terminal: `sop tasks` for a reading role, `pimpinan` in the roster, the receipt's public
/// status address, mistyped tracking codes, a reversed report period, `sop serve --help` in one
/// language, the README's run screen.
@Suite("reading roles and the public status, on the terminal")
struct ReadingRolesAndPublicStatusTerminalTests {
    let database = FileManager.default.temporaryDirectory.appendingPathComponent("sop-web11-\(UUID().uuidString)/sop.sqlite").path

    func sop(_ arguments: [String], as login: String = "ani", environment: [String: String] = [:]) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments, environment: ["SOP_DB": database, "SOP_FIXED_TIME": RunTests.fixedTime, "SOP_TEST_LOGIN": login]
            .merging(environment) { _, new in new })
    }

    @Test func aReadingRoleHasNoWorklistAndIsPointedToTheCases() throws {
        #expect(try sop(["roster", "grant", "ani", "pengelola-peran"]).status == 0)
        let granted = try sop(["roster", "grant", "kabid", "pimpinan"])
        #expect(granted.status == 0, "\(granted.stderr)")
        #expect(granted.stdout == "Peran 'pimpinan' diberikan kepada kabid (semua SOP).\n")
        #expect(try sop(["roster", "grant", "kabid2", "pimpinan", "--sop", "01"]).stdout == "Peran 'pimpinan' diberikan kepada kabid2 (SOP 01).\n")
        for name in ["ani", "kabid"] {
            let tasks = try sop(["tasks"], as: name)
            #expect(tasks.status == 1)
            #expect(tasks.stderr.contains("tidak mengerjakan kegiatan dan tidak punya daftar tugas; lihat kasus dengan: sop cases"), "\(tasks.stderr)")
            #expect(!tasks.stderr.contains("tidak memegang peran apa pun"))
        }
        // pimpinan acts in no step: sop run refuses it before anything is written.
        let run = try sop(["run", "01"] + RosterTests.reception, as: "kabid")
        #expect(run.status == 1)
        #expect(try sop(["cases"], as: "kabid").status == 0)
        let unknown = try sop(["roster", "grant", "kabid", "kepala"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("pimpinan"))
    }

    @Test func theAuthenticatorEntryNamesTheUnit() throws {
        #expect(try sop(["roster", "grant", "ani", "pengelola-peran"]).status == 0)
        #expect(try sop(["roster", "grant", "kabid", "pimpinan"]).status == 0)
        let enrolled = try sop(["roster", "totp", "kabid"])
        #expect(enrolled.status == 0, "\(enrolled.stderr)")
        #expect(enrolled.stdout.contains("otpauth://totp/kabid?secret="))
        #expect(enrolled.stdout.contains("&issuer=Dinas%20Koperasi"), "\(enrolled.stdout)")
        #expect(!enrolled.stdout.contains("issuer=sop"))
        #expect(enrolled.stdout.contains("Pindai kode QR ini dengan aplikasi autentikator"))
        #expect(enrolled.stdout.contains("▀") && enrolled.stdout.contains("▄"))
        let named = try sop(["roster", "totp", "kabid", "--ganti", "--issuer", "Bidang Pengaduan"])
        #expect(named.stdout.contains("&issuer=Bidang%20Pengaduan"))
    }

    @Test func theReceiptNamesThePublicAddressOrSaysToAskAtTheDesk() throws {
        #expect(try sop(["run", "01"] + RosterTests.reception).status == 0)
        let plain = try sop(["receipt", "01-2026-000001"])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.contains("Tanyakan perkembangan layanan di meja layanan"))
        #expect(!plain.stdout.contains("sop status"))
        let flagged = try sop(["receipt", "01-2026-000001", "--kertas", "a4", "--public-url", "https://layanan.example.go.id"])
        #expect(flagged.stdout.contains("https://layanan.example.go.id/status"))
        let fromEnvironment = try sop(["receipt", "01-2026-000001"], environment: ["SOP_PUBLIC_URL": "https://dinas.example.go.id/"])
        #expect(fromEnvironment.stdout.replacingOccurrences(of: "\n", with: " ").contains("https://dinas.example.go.id/status"))
        let loopback = try sop(["receipt", "01-2026-000001", "--public-url", "http://127.0.0.1:18411"])
        #expect(loopback.status == 2)
        #expect(loopback.stderr.contains("--public-url 'http://127.0.0.1:18411' bukan alamat publik"))
        let serve = try sop(["serve", "--port", "0", "--public-url", "http://localhost:8080"])
        #expect(serve.status == 2)
        #expect(serve.stderr.contains("bukan alamat publik"))
    }

    @Test func aCodeWithLettersCodesNeverUseIsToldSo() throws {
        let typo = try sop(["status", "ZTWE-P89B-JO"])
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("'ZTWE-P89B-JO' bukan kode lacak: kode lacak tidak pernah memakai 0 (nol), O, 1 (satu), I, L atau U"))
        let short = try sop(["status", "ABC"])
        #expect(short.status == 2)
        #expect(!short.stderr.contains("tidak pernah memakai"))
    }

    @Test func aReversedOrBadPeriodIsAUsageErrorOfSopReport() throws {
        let reversed = try sop(["report", "01", "--from", "2026-12-31", "--to", "2026-12-01"])
        #expect(reversed.status == 2)
        #expect(reversed.stderr.contains("--to 2026-12-01 sebelum --from 2026-12-31"))
        #expect(reversed.stderr.contains("sop report"))
        let bad = try sop(["report", "01", "--from", "2026-02-30"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("sop report"), "\(bad.stderr)")
        #expect(!bad.stderr.contains("sop <subperintah>"), "\(bad.stderr)")
    }

    @Test func serveHelpSaysEachDefaultOnceInOneLanguage() throws {
        for (arguments, foreign) in [(["serve", "--help"], "(default:"), (["serve", "--help", "--lang", "en"], "(bawaan")] {
            let help = try sop(arguments)
            #expect(help.status == 0)
            #expect(!help.stdout.contains(foreign), "\(help.stdout)")
            #expect(help.stdout.contains("--public-url"))
        }
    }

    @Test func theREADMEsRunScreenNamesTheSOPAsTheDeskDoes() throws {
        let readme = try String(contentsOf: SOPBinary.root.appendingPathComponent("README.md"), encoding: .utf8)
        let file = try Data(contentsOf: SOPBinary.root.appendingPathComponent("sop/01-pengaduan-langsung.yaml"))
        let digest = SHA256.hex(Array(file)).prefix(12)
        #expect(readme.contains("$ sop run 01 --as resepsionis\nSOP 01 · Pelayanan Pengaduan Langsung\n"))
        #expect(readme.contains("\nMengikuti SOP (sha256 \(digest))\n"), "the README's run screen names another SOP text")
    }
}
