import Foundation
import SOPCore
import SOPEngine
import SOPStore
import Testing

/// The twelfth outside test, on the terminal: an operator who leaves (`sop roster keluar` ends
/// their web sessions, `sop roster pin --hapus` removes their PIN), a lost one-time-code phone
/// (`sop roster totp --hapus`, re-enrolling only with `--ganti`, `sop roster` naming who gives a
/// code), and an administrator replacing someone's PIN without knowing it.
@Suite("tester 12: a leaver and a lost phone, on the terminal")
struct LeaverTerminalTests {
    let database = FileManager.default.temporaryDirectory.appendingPathComponent("sop-leaver-\(UUID().uuidString)/sop.sqlite").path

    func sop(_ arguments: [String], as login: String = "ani", stdin: String? = nil) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments, environment: ["SOP_DB": database, "SOP_FIXED_TIME": RunTests.fixedTime, "SOP_TEST_LOGIN": login],
                          stdin: stdin)
    }

    /// ani administers, budi is resepsionis with a PIN and two open web sessions.
    func prepare() throws -> SQLiteCaseStore {
        #expect(try sop(["roster", "grant", "ani", "pengelola-peran"]).status == 0)
        #expect(try sop(["roster", "grant", "budi", "resepsionis"]).status == 0)
        #expect(try sop(["roster", "pin", "budi"], stdin: "budi1234\nbudi1234\n").status == 0)
        let store = try SQLiteCaseStore(path: database)
        for token in ["a", "b"] {
            try store.saveWebSession(WebSession(idHash: token, operatorName: "budi", createdAt: Date(), lastSeen: Date(),
                                                expiresAt: Date().addingTimeInterval(3600), csrf: token))
        }
        return store
    }

    @Test func theAdministratorEndsALeaversSessionsAndRemovesHisPIN() throws {
        let store = try prepare()
        // Not an administrator: refused, nothing ended.
        let refused = try sop(["roster", "keluar", "budi"], as: "budi")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("hanya pemegang peran 'pengelola-peran' yang boleh mengakhiri sesi meja web budi"), "\(refused.stderr)")
        #expect(try store.webSession(idHash: "a", at: Date()) != nil)
        #expect(try sop(["roster", "revoke", "budi", "resepsionis"]).status == 0)
        let ended = try sop(["roster", "keluar", "budi"])
        #expect(ended.status == 0, "\(ended.stderr)")
        #expect(ended.stdout == "2 sesi meja web budi diakhiri: permintaan berikutnya dari setiap peramban itu diminta masuk lagi.\n")
        #expect(try store.webSession(idHash: "a", at: Date()) == nil && store.webSession(idHash: "b", at: Date()) == nil)
        #expect(try sop(["roster", "keluar", "budi"]).stdout.contains("budi tidak memiliki sesi meja web yang terbuka"))
        #expect(try sop(["roster", "keluar", "budi;rm"]).status == 2)
        // His PIN goes too: a later grant does not bring it back to life.
        #expect(try sop(["roster", "pin", "budi", "--hapus"], as: "budi").status == 1)
        let removed = try sop(["roster", "pin", "budi", "--hapus"])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout.contains("PIN budi dihapus"))
        #expect(try store.pin(of: "budi") == nil)
        #expect(try sop(["roster", "pin", "budi", "--hapus"]).stdout.contains("budi tidak memiliki PIN"))
        #expect(try sop(["roster", "pin", "budi", "--hapus", "--reset"]).status == 2)
        let english = try sop(["roster", "keluar", "budi", "--lang", "en"])
        #expect(english.stdout.contains("budi has no open web desk session"), "\(english.stdout)")
        // One session: the singular.
        try store.saveWebSession(WebSession(idHash: "c", operatorName: "budi", createdAt: Date(), lastSeen: Date(),
                                            expiresAt: Date().addingTimeInterval(3600), csrf: "c"))
        #expect(try sop(["roster", "keluar", "budi"]).stdout
                == "1 sesi meja web budi diakhiri: permintaan berikutnya dari peramban itu diminta masuk lagi.\n")
    }

    /// A mistyped name is not "nothing to do": a name the roster has never seen (no role ever, no
    /// PIN, no one-time code, no session) is refused, exit 1, with the name it may have meant.
    @Test func aNameTheRosterNeverSawIsRefusedNotIgnored() throws {
        let store = try prepare()
        for command in [["keluar", "budy"], ["pin", "budy", "--hapus"], ["totp", "budy", "--hapus"]] {
            let typo = try sop(["roster"] + command)
            #expect(typo.status == 1, "\(command) \(typo.stdout)")
            #expect(typo.stdout.isEmpty)
            #expect(typo.stderr.contains("'budy' tidak dikenal daftar peran") && typo.stderr.contains("mungkin maksudnya 'budi'?"),
                    "\(typo.stderr)")
        }
        let nobody = try sop(["roster", "keluar", "nobody"])
        #expect(nobody.status == 1)
        #expect(nobody.stderr.contains("'nobody' tidak dikenal daftar peran") && !nobody.stderr.contains("mungkin"), "\(nobody.stderr)")
        #expect(try sop(["roster", "keluar", "nobody", "--lang", "en"]).stderr.contains("'nobody' is unknown to the roster"))
        // Known names with nothing to do keep their sentence, exit 0: budi after his sessions
        // ended, ani (an administrator without a PIN or a code).
        #expect(try sop(["roster", "keluar", "budi"]).status == 0)
        let known = try sop(["roster", "keluar", "budi"])
        #expect(known.status == 0 && known.stdout.contains("budi tidak memiliki sesi meja web yang terbuka"))
        let adminPIN = try sop(["roster", "pin", "ani", "--hapus"])
        #expect(adminPIN.status == 0 && adminPIN.stdout.contains("ani tidak memiliki PIN"), "\(adminPIN.stderr)")
        #expect(try sop(["roster", "totp", "ani", "--hapus"]).status == 0)
        // A name with only a PIN (enrolled before any role): known too.
        #expect(try sop(["roster", "pin", "dewi"], stdin: "dewi12345\ndewi12345\n").status == 0)
        #expect(try sop(["roster", "keluar", "dewi"]).status == 0)
        #expect(try store.pin(of: "dewi") != nil)
    }

    @Test func anAdministratorReplacesSomeonesPINWithoutTheOldOneAndIsToldSo() throws {
        let store = try prepare()
        let before = try #require(try store.pin(of: "budi"))
        let replaced = try sop(["roster", "pin", "budi"], stdin: "baru5678\nbaru5678\n")
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(replaced.stdout.contains("PIN budi diganti oleh pengelola peran ani (tanpa PIN lama)"), "\(replaced.stdout)")
        // His open web sessions end with it, in the same transaction, and the message says so.
        #expect(replaced.stdout.contains("2 sesi meja web budi diakhiri"), "\(replaced.stdout)")
        #expect(try store.webSession(idHash: "a", at: Date()) == nil && store.webSession(idHash: "b", at: Date()) == nil)
        let after = try #require(try store.pin(of: "budi"))
        #expect(after.hash != before.hash && after.setBy == "ani")
        #expect(PINHash.verify("baru5678", against: after))
        // budi changing his own, from his login, gives the current one first.
        let own = try sop(["roster", "pin", "budi"], as: "budi", stdin: "salah999\nlagi12345\nlagi12345\n")
        #expect(own.status != 0)
        #expect(PINHash.verify("baru5678", against: try #require(try store.pin(of: "budi"))))
        let mine = try sop(["roster", "pin", "budi"], as: "budi", stdin: "baru5678\nlagi12345\nlagi12345\n")
        #expect(mine.status == 0, "\(mine.stderr)")
        #expect(mine.stdout.contains("PIN budi disimpan"))
    }

    @Test func aLostPhonesEnrolmentIsRemovedAndReEnrollingAsksForGanti() throws {
        let store = try prepare()
        #expect(try sop(["roster", "totp", "budi"]).status == 0)
        let first = try #require(try store.totp(of: "budi"))
        let shown = try sop(["roster"])
        // The column's header (`Kode satu kali`) wraps at 80 columns.
        #expect(shown.stdout.contains("│ Kode │") && shown.stdout.contains("│ kali │"), "\(shown.stdout)")
        let budiRow = shown.stdout.split(separator: "\n").first { $0.contains("budi") } ?? ""
        #expect(budiRow.contains(" ya"), "\(shown.stdout)")
        #expect(!shown.stdout.contains(first.secret))
        // Enrolling again over it stops and says how; nothing changes.
        let again = try sop(["roster", "totp", "budi"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("budi sudah terdaftar untuk kode satu kali") && again.stderr.contains("--ganti"), "\(again.stderr)")
        #expect(try store.totp(of: "budi")?.secret == first.secret)
        let replaced = try sop(["roster", "totp", "budi", "--ganti"])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(replaced.stdout.contains("kode dari aplikasi autentikator lamanya tidak berlaku lagi"))
        #expect(try store.totp(of: "budi")?.secret != first.secret)
        // Removed: only an administrator; then budi logs in with the PIN alone.
        #expect(try sop(["roster", "totp", "budi", "--hapus"], as: "budi").status == 1)
        let removed = try sop(["roster", "totp", "budi", "--hapus"])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout.contains("Kode satu kali budi dihapus"))
        #expect(try store.totp(of: "budi") == nil)
        #expect(try sop(["roster", "totp", "budi", "--hapus"]).stdout.contains("budi tidak terdaftar untuk kode satu kali"))
        #expect(try sop(["roster", "totp", "budi", "--hapus", "--ganti"]).status == 2)
        let after = try sop(["roster"]).stdout.split(separator: "\n").first { $0.contains("budi") } ?? ""
        #expect(!after.contains(" ya"), "\(after)")
    }
}
