import Foundation
import Testing

/// The Nomor KK field kind (tester 31 F13), the NIK's birth date against a "Tanggal lahir" field
/// (tester 28 F15), and `sop tasks` refused on a shared login with no role named (tester 33).
@Suite("KK numbers, the NIK's birth date, a shared login's worklist")
struct PersonalNumbersDeskTests {
    let database = FileManager.default.temporaryDirectory
        .appendingPathComponent("sop-kk-\(UUID().uuidString)/sop.sqlite").path
    var environment: [String: String] {
        ["SOP_DB": database, "SOP_FIXED_TIME": "2026-12-07T08:00:00+07:00", "SOP_DIR": "Tests/Fixtures/tester28kk"]
    }

    func sop(_ arguments: [String], as login: String = "rina", stdin: String? = nil) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments, environment: environment.merging(["SOP_TEST_LOGIN": login]) { _, new in new }, stdin: stdin)
    }

    /// A KK of 16 digits, masked as a NIK is on the screen and in `sop case`; 5 digits refused.
    /// A birth date the NIK contradicts is warned of once and kept on Enter.
    @Test func aKKIsMaskedAndTheNIKsBirthDateIsCheckedWithAWarning() throws {
        let run = try sop(["run", "12"], stdin: "y\n3205154509990003\n12345\n3205150101200011\n15-09-1999\n\nok\n\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Nomor KK (16 angka) › 3205••••••••0011"), "\(run.stdout)")
        #expect(run.stdout.contains("✗ Nomor KK harus 16 angka; tertulis 5 karakter (5 angka)"), "\(run.stdout)")
        #expect(!run.stdout.contains("3205150101200011") && !run.stdout.contains("3205154509990003"), "\(run.stdout)")
        #expect(run.stdout.contains(
            "⚠ Tanggal lahir 15-09-1999 tidak sama dengan tanggal lahir yang termuat dalam NIK (angka ke-7 sampai ke-12). Periksa keduanya pada KTP: tekan Enter untuk tetap memakai jawaban ini, atau ketik yang benar."),
                "\(run.stdout)")
        #expect(run.stdout.contains("Tanggal lahir (hh-bb-tttt; Enter: tetap '15-09-1999') › "), "\(run.stdout)")
        let timeline = try sop(["case", "12-2026-000001"])
        #expect(timeline.stdout.contains("Isian: NIK = 3205••••••••0003; Nomor KK = 3205••••••••0011; Tanggal lahir = 15-09-1999"),
                "\(timeline.stdout)")
        // The KK is a search key, as a NIK is.
        let found = try sop(["cases", "--cari", "3205150101200011"])
        #expect(found.stdout.contains("12-2026-000001"), "\(found.stdout)\(found.stderr)")
    }

    @Test func aBirthDateTheNIKHoldsIsNotWarned() throws {
        let run = try sop(["run", "12"], stdin: "y\n3205154509990003\n3205150101200011\n05-09-1999\nok\n\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("⚠"), "\(run.stdout)")
    }

    @Test func aSharedLoginsWorklistRefusalCountsTheSOPsRoles() throws {
        #expect(try sop(["roster", "grant", "ani", "pengelola-peran"], as: "ani").status == 0)
        #expect(try sop(["roster", "grant", "budi", "operator"], as: "ani").status == 0)
        #expect(try sop(["roster", "grant", "cici", "operator"], as: "ani").status == 0)
        let tasks = try sop(["tasks"], as: "root")
        #expect(tasks.status == 1)
        #expect(tasks.stderr.contains("tidak memegang peran apa pun. Bila login 'root' dipakai bersama"), "\(tasks.stderr)")
        #expect(tasks.stderr.contains("Peran-peran SOP dipegang 2 nama lain di daftar peran"), "\(tasks.stderr)")
        #expect(!tasks.stderr.contains("Peran itu"), "\(tasks.stderr)")
    }
}
