import Foundation
import Testing

@testable import SOPPostgres

/// `sop roster` and the desk acting only in the roles its operator holds, through the built binary.
@Suite("sop roster and who may act")
struct RosterTests {
    let database = FileManager.default.temporaryDirectory.appendingPathComponent("sop-roster-\(UUID().uuidString)/sop.sqlite").path

    /// `sop` as the OS login `login`.
    func sop(_ arguments: [String], as login: String, stdin: String? = nil) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments, environment: ["SOP_DB": database, "SOP_FIXED_TIME": RunTests.fixedTime, "SOP_TEST_LOGIN": login],
                          stdin: stdin)
    }

    static let reception = ["--answers", "Tests/Fixtures/answers/01-resepsionis.yaml"]
    static let staff = ["--answers", "Tests/Fixtures/answers/01-staf.yaml"]

    func bootstrap() throws {
        for (arguments, expected) in [
            (["roster", "grant", "ani", "pengelola-peran"], "Peran 'pengelola-peran' diberikan kepada ani (semua SOP).\n"),
            (["roster", "grant", "budi", "resepsionis"], "Peran 'resepsionis' diberikan kepada budi (semua SOP).\n"),
            (["roster", "grant", "citra", "staf-pengaduan", "--sop", "01"], "Peran 'staf-pengaduan' diberikan kepada citra (SOP 01).\n"),
        ] {
            let output = try sop(arguments, as: "ani")
            #expect(output.status == 0, "\(output.stderr)")
            #expect(output.stdout == expected)
        }
    }

    @Test func theFirstGrantMakesTheAdministratorAndOnlyAdministratorsGrant() throws {
        let empty = try sop(["roster"], as: "ani")
        #expect(empty.stdout.hasPrefix("Daftar peran belum berlaku"))
        let wrongFirst = try sop(["roster", "grant", "budi", "resepsionis"], as: "ani")
        #expect(wrongFirst.status == 1)
        #expect(wrongFirst.stderr.contains("isian pertama harus memberi peran 'pengelola-peran' kepada diri sendiri"))
        try bootstrap()
        let notAdmin = try sop(["roster", "grant", "budi", "staf-pengaduan", "--lang", "en"], as: "budi")
        #expect(notAdmin.status == 1)
        #expect(notAdmin.stderr == "sop: error: only holders of the role 'pengelola-peran' may grant or revoke roles; 'budi' does not hold it\n")
        let unknown = try sop(["roster", "grant", "budi", "kepala-dinas"], as: "ani")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("peran 'kepala-dinas' bukan pelaksana staf di SOP mana pun"))
        #expect(try sop(["roster", "grant", "Budi Santoso", "resepsionis"], as: "ani").status == 2)
        let revoke = try sop(["roster", "revoke", "budi", "resepsionis"], as: "ani")
        #expect(revoke.stdout == "Peran 'resepsionis' dicabut dari budi (semua SOP).\n")
        let again = try sop(["roster", "revoke", "budi", "resepsionis"], as: "ani")
        #expect(again.status == 1)
        #expect(again.stderr.contains("'budi' tidak memegang peran 'resepsionis'; tidak ada yang dicabut"))
        let lastAdmin = try sop(["roster", "revoke", "ani", "pengelola-peran"], as: "ani")
        #expect(lastAdmin.status == 1)
        let shown = try sop(["roster"], as: "ani")
        #expect(shown.stdout.contains("citra") && !shown.stdout.contains("budi"))
        try SOPBinary.expectGolden(shown.stdout, "roster.txt")
        let history = try sop(["roster", "--history", "--lang", "en"], as: "ani")
        #expect(history.stdout.hasPrefix("Roster history\n"))
        #expect(history.stdout.components(separatedBy: "revoked").count == 2)
        try SOPBinary.expectGolden(history.stdout, "roster-history.en.txt")
    }

    @Test func anOperatorActsOnlyInTheRolesTheyHold() throws {
        try bootstrap()
        // budi holds resepsionis only: --as another role is refused before anything is written.
        let refused = try sop(["run", "01", "--as", "staf-pengaduan"] + Self.reception, as: "budi")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains(
            "operator 'budi' tidak memegang peran 'staf-pengaduan' untuk SOP 01 (perannya: resepsionis)"))
        #expect(!(try sop(["cases"], as: "budi").stdout.contains("01-2026")))
        // Without --as: the roles held, so steps 1 and 2; step 3 waits for staf-pengaduan.
        let started = try sop(["run", "01"] + Self.reception, as: "budi")
        #expect(started.status == 0, "\(started.stderr)")
        #expect(started.stdout.contains("operator budi · peran Resepsionis"))
        // The hint names no role budi does not hold: the holder continues at their desk.
        #expect(!started.stdout.contains("Lanjutkan dengan"), "\(started.stdout)")
        #expect(started.stdout.contains("  Dilanjutkan oleh pemegang peran 'staf-pengaduan' (sop tasks di mejanya)."))
        // budi continuing the case takes nothing: the waiting step is not his role.
        let continued = try sop(["run", "--case", "01-2026-000001"], as: "budi")
        #expect(continued.status == 0, "\(continued.stderr)")
        #expect(continued.stdout.contains("Tidak ada kegiatan untuk peran Anda"))
        let tasksOfBudi = try sop(["tasks"], as: "budi")
        #expect(tasksOfBudi.stdout == "Tidak ada kegiatan yang menunggu untuk Resepsionis.\n")
        let tasksOfCitra = try sop(["tasks"], as: "citra")
        #expect(tasksOfCitra.stdout.contains("01-2026-000001"))
        let asAdmin = try sop(["tasks"], as: "ani")
        #expect(asAdmin.status == 1)
        #expect(asAdmin.stderr.contains("operator 'ani' memegang pengelola-peran, yang tidak mengerjakan kegiatan dan tidak punya daftar tugas"))
        // citra continues in her own role, and the timeline says who did what, in which role.
        let finished = try sop(["run", "--case", "01-2026-000001"] + Self.staff, as: "citra")
        #expect(finished.status == 0, "\(finished.stderr)")
        #expect(finished.stdout.contains("Kasus 01-2026-000001 selesai"))
        let timeline = try sop(["case", "01-2026-000001"], as: "ani").stdout
        #expect(timeline.contains("Resepsionis · budi"))
        #expect(timeline.contains("Staf layanan pengaduan · citra"))
        // Every event, with who wrote it in which role.
        let log = try sop(["case", "01-2026-000001", "--events"], as: "ani")
        #expect(log.status == 0)
        try SOPBinary.expectGolden(log.stdout, "case-events.txt")
        // The roster's history and every event's role hold for sop db verify.
        let verified = try sop(["db", "verify"], as: "ani")
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
    }

    /// tester32 F4: on a shared login (`root`) the roster's first grant under `--operator` to a
    /// name without a PIN made an administrator who could never act again, and nobody else could
    /// grant or enrol his PIN. That grant, and every revocation or PIN removal that would leave no
    /// administrator able to prove who they are here, is refused with what to do instead.
    @Test func theRosterKeepsAnAdministratorWhoCanAct() throws {
        let first = ["roster", "grant", "kasi-hendra", "pengelola-peran", "--operator", "kasi-hendra"]
        let locked = try sop(first, as: "root")
        #expect(locked.status == 1)
        #expect(locked.stdout.isEmpty)
        #expect(locked.stderr == "sop: galat: 'kasi-hendra' bukan login ini ('root') dan belum punya PIN: sebagai pengelola peran "
            + "pertama ia tidak akan dapat membuktikan dirinya lagi, dan tidak ada orang lain yang boleh memberinya PIN, sehingga "
            + "daftar peran terkunci untuk selamanya. Daftarkan PIN-nya dulu (sop roster pin kasi-hendra) lalu ulangi perintah ini "
            + "dengan --operator kasi-hendra, atau jadikan login ini pengelola peran (sop roster grant root pengelola-peran)\n")
        let english = try sop(first + ["--lang", "en"], as: "root")
        #expect(english.status == 1)
        #expect(english.stderr.hasPrefix("sop: error: 'kasi-hendra' is not this login ('root') and has no PIN: as the first roster "
            + "administrator they could never prove who they are again"))
        #expect(try sop(["roster"], as: "root").stdout.hasPrefix("Daftar peran belum berlaku"), "nothing was written")
        // What the refusal says to do: the PIN first (anyone may while the roster is empty), then the same grant.
        let pin = try sop(["roster", "pin", "kasi-hendra"], as: "root", stdin: "246810\n246810\n")
        #expect(pin.status == 0, "\(pin.stderr)")
        let granted = try sop(first, as: "root", stdin: "246810\n")
        #expect(granted.status == 0, "\(granted.stderr)")
        #expect(granted.stdout == "Peran 'pengelola-peran' diberikan kepada kasi-hendra (semua SOP).\n")
        // He can act again afterwards, as the store's administrator.
        let admin = ["--operator", "kasi-hendra"]
        let second = try sop(["roster", "grant", "ani", "pengelola-peran"] + admin, as: "root", stdin: "246810\n")
        #expect(second.status == 0, "\(second.stderr)")
        // ani has no PIN and is not this login: revoking kasi-hendra, or removing his PIN, would leave no one.
        let revoke = try sop(["roster", "revoke", "kasi-hendra", "pengelola-peran"] + admin, as: "root", stdin: "246810\n")
        #expect(revoke.status == 1)
        #expect(revoke.stderr == "sop: galat: sesudah ini tidak ada pemegang peran 'pengelola-peran' yang dapat membuktikan dirinya "
            + "di sini (ani: bukan login ini 'root' dan belum punya PIN): daftar peran akan terkunci untuk selamanya. Daftarkan dulu "
            + "PIN-nya (sop roster pin ani), atau berikan peran itu kepada login ini (sop roster grant root pengelola-peran)\n")
        let unpin = try sop(["roster", "pin", "--hapus", "kasi-hendra", "--lang", "en"] + admin, as: "root", stdin: "246810\n")
        #expect(unpin.status == 1)
        #expect(unpin.stderr.hasPrefix("sop: error: after this no holder of the role 'pengelola-peran' could prove who they are here "
            + "(ani: not this login 'root', no PIN)"), "\(unpin.stderr)")
        let shown = try sop(["roster"] + admin, as: "root", stdin: "246810\n")
        #expect(shown.stdout.contains("kasi-hendra") && shown.stdout.contains("PIN"), "\(shown.stdout)")
        // From ani's own login she can act, so the same changes are taken there.
        let fromAni = try sop(["roster", "pin", "--hapus", "kasi-hendra"], as: "ani")
        #expect(fromAni.status == 0, "\(fromAni.stderr)")
        #expect(try sop(["roster", "revoke", "kasi-hendra", "pengelola-peran"], as: "ani").status == 0)
        // The last holder stays refused as before, whoever asks.
        let last = try sop(["roster", "revoke", "ani", "pengelola-peran"], as: "ani")
        #expect(last.stderr.contains("'ani' adalah pemegang terakhir peran 'pengelola-peran'"))
    }

    @Test func aSharedLoginNamesItsOperatorWithTheirPIN() throws {
        try bootstrap()
        let run = ["run", "01", "--operator", "budi"] + Self.reception
        let noPIN = try sop(run, as: "loket")
        #expect(noPIN.status == 1)
        #expect(noPIN.stderr.contains("'budi' bukan login ini ('loket') dan belum punya PIN"))
        // Only an administrator enrols a first PIN (budi types it twice).
        let notAdmin = try sop(["roster", "pin", "budi"], as: "loket", stdin: "rahasia1\nrahasia1\n")
        #expect(notAdmin.status == 1)
        let enrolled = try sop(["roster", "pin", "budi"], as: "ani", stdin: "rahasia1\nrahasia1\n")
        #expect(enrolled.status == 0, "\(enrolled.stderr)")
        #expect(enrolled.stdout == "PIN budi disimpan. PIN tidak disimpan dalam bentuk yang dapat dibaca siapa pun.\n")
        #expect(try sop(["roster", "pin", "citra"], as: "ani", stdin: "12345\n12345\n").stderr.contains("PIN terlalu pendek"))
        #expect(try sop(["roster", "pin", "citra"], as: "ani", stdin: "1234567\n7654321\n").stderr.contains("kedua PIN tidak sama"))

        let wrong = try sop(run, as: "loket", stdin: "salah-pin\n")
        #expect(wrong.status == 1)
        #expect(wrong.stderr == "sop: galat: PIN budi salah; 4 kali lagi sebelum nama ini dikunci 15 menit\n")
        let right = try sop(run, as: "loket", stdin: "rahasia1\n")
        #expect(right.status == 0, "\(right.stderr)")
        #expect(right.stdout.contains("operator budi · peran Resepsionis"))
        #expect(!right.stdout.contains("rahasia1") && !right.stderr.contains("rahasia1"))
        // Changing a PIN needs the current one.
        let changed = try sop(["roster", "pin", "--operator", "budi"], as: "loket", stdin: "rahasia1\nbaru-4567\nbaru-4567\n")
        #expect(changed.status == 0, "\(changed.stderr)")
        // At a terminal the PIN is asked without echo.
        let terminal = try PseudoTerminal(["tasks", "--operator", "budi"], environment: [
            "SOP_DB": database, "SOP_FIXED_TIME": RunTests.fixedTime, "SOP_TEST_LOGIN": "loket",
        ], directory: SOPBinary.root)
        try terminal.expect("PIN budi › ")
        terminal.type("baru-4567")
        #expect(terminal.wait() == 0)
        #expect(!terminal.output.contains("baru-4567"), "the PIN is not echoed: \(terminal.output)")
        #expect(terminal.output.contains("Tidak ada kegiatan yang menunggu untuk Resepsionis."))
        // Five wrong PINs in a row lock the name, even against the right PIN.
        for _ in 1...4 { #expect(try sop(run, as: "loket", stdin: "tebakan\n").status == 1) }
        let fifth = try sop(run, as: "loket", stdin: "tebakan\n")
        #expect(fifth.stderr.contains("nama budi dikunci sampai 30-11-2026 09.15 WIB setelah 5 PIN salah berturut-turut"))
        let locked = try sop(run, as: "loket", stdin: "baru-4567\n")
        #expect(locked.status == 1)
        #expect(locked.stderr.contains("dikunci sampai"))
        #expect(try sop(["roster"], as: "ani").stdout.contains("terkunci"))
        // An administrator's reset unlocks it.
        #expect(try sop(["roster", "pin", "budi", "--reset"], as: "ani", stdin: "ulang-999\nulang-999\n").status == 0)
        #expect(try sop(["tasks", "--operator", "budi"], as: "loket", stdin: "ulang-999\n").status == 0)
    }
}

/// Two desks on one PostgreSQL, each its own database user: the binary acts as that user, in
/// its roles only.
@Suite("sop roster on PostgreSQL", .enabled(if: SharedStore.url != nil, SharedStore.skipped), .timeLimit(.minutes(10)))
struct PostgresRosterDeskTests {
    @Test func eachDeskActsAsItsDatabaseUserInItsRoles() throws {
        let shared = try SharedStore()
        let owner = shared.base.parameters["user"] ?? "sop"
        let suffix = shared.schema.suffix(8)
        let (reception, staff) = ("loket_\(suffix)", "staf_\(suffix)")
        let connection = try PGConnection(shared.address)
        defer {
            _ = try? connection.execute("DROP OWNED BY \(reception), \(staff); DROP ROLE IF EXISTS \(reception), \(staff)")
            shared.drop()
        }
        let time = ["SOP_FIXED_TIME": RunTests.fixedTime]
        let ownerEnvironment = shared.environment.merging(time) { _, new in new }
        #expect(try SOPBinary.run(["db", "migrate"], environment: ownerEnvironment).status == 0)
        let password = ProcessInfo.processInfo.environment["PGPASSWORD"] ?? ""
        for user in [reception, staff] {
            try connection.execute("CREATE ROLE \(user) LOGIN PASSWORD '\(password)'")
            try connection.execute(PostgresRoster.deskGrants(schema: shared.schema, user: user))
        }
        func desk(_ user: String) -> [String: String] {
            ownerEnvironment.merging(["SOP_DB": shared.address.uri.replacingOccurrences(of: "//\(owner)@", with: "//\(user)@")]) { _, new in new }
        }
        for arguments in [["grant", owner, "pengelola-peran"], ["grant", reception, "resepsionis"],
                          ["grant", staff, "staf-pengaduan", "--sop", "01"]] {
            let granted = try SOPBinary.run(["roster"] + arguments, environment: ownerEnvironment)
            #expect(granted.status == 0, "\(granted.stderr)")
        }
        let started = try SOPBinary.run(["run", "01"] + RosterTests.reception, environment: desk(reception))
        #expect(started.status == 0, "\(started.stderr)")
        #expect(started.stdout.contains("operator \(reception) · peran Resepsionis"))
        let notHeld = try SOPBinary.run(["run", "--case", "01-2026-000001", "--as", "staf-pengaduan"], environment: desk(reception))
        #expect(notHeld.status == 1)
        #expect(notHeld.stderr.contains("operator '\(reception)' tidak memegang peran 'staf-pengaduan' untuk SOP 01"))
        let otherName = try SOPBinary.run(["tasks", "--operator", "budi"], environment: desk(reception))
        #expect(otherName.status == 1)
        #expect(otherName.stderr.contains("di PostgreSQL operator adalah pengguna basis data yang tersambung ('\(reception)')"))
        let notAdmin = try SOPBinary.run(["roster", "grant", staff, "resepsionis"], environment: desk(staff))
        #expect(notAdmin.status == 1)
        #expect(try SOPBinary.run(["tasks"], environment: desk(staff)).stdout.contains("01-2026-000001"))
        let finished = try SOPBinary.run(["run", "--case", "01-2026-000001"] + RosterTests.staff, environment: desk(staff))
        #expect(finished.status == 0, "\(finished.stderr)")
        #expect(finished.stdout.contains("Kasus 01-2026-000001 selesai"))
        let timeline = try SOPBinary.run(["case", "01-2026-000001"], environment: desk(staff)).stdout
        #expect(timeline.contains("Resepsionis · \(reception)"))
        #expect(timeline.contains("Staf layanan pengaduan · \(staff)"))
        let shown = try SOPBinary.run(["roster", "--history"], environment: desk(staff))
        #expect(shown.stdout.components(separatedBy: "diberi").count == 4)
        // The PINs are told to a roster administrator only: to a desk user who is not one, the
        // PIN column says `?` as the one-time-code column does, never `-` ("no PIN").
        let pin = try SOPBinary.run(["roster", "pin", staff], environment: ownerEnvironment, stdin: "246810\n246810\n")
        #expect(pin.status == 0, "\(pin.stderr)")
        func cells(_ output: SOPBinary.Output) -> [String] {
            let row = output.stdout.split(separator: "\n").first { $0.contains(staff) && $0.contains("staf-pengaduan") } ?? ""
            return row.split(separator: "│").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.suffix(2)
        }
        let asDesk = try SOPBinary.run(["roster"], environment: desk(staff))
        #expect(asDesk.status == 0, "\(asDesk.stderr)")
        #expect(cells(asDesk) == ["?", "?"], "\(asDesk.stdout)")
        #expect(asDesk.stdout.contains("? : server basis data tidak memberi tahu pengguna ini"))
        let asAdministrator = try SOPBinary.run(["roster"], environment: ownerEnvironment)
        #expect(cells(asAdministrator) == ["ada", "-"], "\(asAdministrator.stdout)")
        #expect(!asAdministrator.stdout.contains("? :"))
    }
}
