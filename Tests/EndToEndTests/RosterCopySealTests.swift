import Foundation
import SOPCore
import SOPEngine
import SOPStore
import Testing

@testable import SOPPostgres

/// `sop db copy` carries the roster's history (verified, in order, before the cases), and the
/// seal of `sop db seal` covers the roster's chain head.
@Suite("The roster in sop db copy and sop db seal", .timeLimit(.minutes(10)))
struct RosterCopySealTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-roster-copy-\(UUID().uuidString)").path
    var database: String { folder + "/sop.sqlite" }

    func sop(_ arguments: [String], as login: String = "ani", at time: String = RunTests.fixedTime,
             database: String? = nil) throws -> SOPBinary.Output {
        var environment = ["SOP_DB": database ?? self.database, "SOP_FIXED_TIME": time, "SOP_TEST_LOGIN": login]
        environment["PGPASSWORD"] = ProcessInfo.processInfo.environment["PGPASSWORD"]
        return try SOPBinary.run(arguments, environment: environment)
    }

    /// A desk under its roster: budi starts a case, citra finishes it, then budi's role is revoked
    /// (an hour later), so the roster *now* would refuse budi's events.
    func desk() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for arguments in [["roster", "grant", "ani", "pengelola-peran"], ["roster", "grant", "budi", "resepsionis"],
                          ["roster", "grant", "citra", "staf-pengaduan", "--sop", "01"]] {
            let granted = try sop(arguments)
            #expect(granted.status == 0, "\(granted.stderr)")
        }
        #expect(try sop(["run", "01"] + RosterTests.reception, as: "budi").status == 0)
        #expect(try sop(["run", "--case", "01-2026-000001"] + RosterTests.staff, as: "citra").status == 0)
        let revoked = try sop(["roster", "revoke", "budi", "resepsionis"], at: "2026-11-30T10:00:00+07:00")
        #expect(revoked.status == 0, "\(revoked.stderr)")
        #expect(try sop(["db", "verify"]).status == 0)
    }

    @Test func aCopyToSQLiteCarriesTheRosterHistoryBeforeTheCases() throws {
        try desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = folder + "/salinan.sqlite"
        let copy = try sop(["db", "copy", "--from", database, "--to", target])
        #expect(copy.status == 0, "\(copy.stdout)\(copy.stderr)")
        #expect(copy.stdout.contains("daftar peran: 4 isian riwayat disalin (urut, hash sama)"), "\(copy.stdout)")
        let history = try sop(["roster", "--history"])
        #expect(try sop(["roster", "--history"], database: target).stdout == history.stdout)
        #expect(try sop(["roster"], database: target).stdout == (try sop(["roster"])).stdout)
        let verified = try sop(["db", "verify"], database: target)
        #expect(verified.status == 0, "\(verified.stdout)")
        // The roster is in force there too: the triggers were made again.
        #expect(try sop(["run", "01"] + RosterTests.reception, as: "budi", database: target).status == 1)
        let again = try sop(["db", "copy", "--from", database, "--to", target])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(!again.stdout.contains("daftar peran:"))

        // A destination with a roster of its own: nothing is written.
        let other = folder + "/lain.sqlite"
        #expect(try sop(["roster", "grant", "dewi", "pengelola-peran"], as: "dewi", database: other).status == 0)
        let refused = try sop(["db", "copy", "--from", database, "--to", other])
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("  ✗ daftar peran: riwayat di tujuan bukan awal riwayat di asal"), "\(refused.stdout)")
        #expect(refused.stderr == "sop: galat: daftar peran tidak dapat disalin bersama kasusnya (1 masalah); tidak ada yang disalin\n")
        #expect(try SQLiteCaseStore(path: other).counts().cases == 0)
    }

    @Test func casesInRolesTheDestinationsRosterDoesNotGiveAreNotCopied() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try sop(["run", "01", "--answers", "Tests/Fixtures/answers/01-lengkap.yaml"] + RunTests.allRoles, as: "budi").status == 0)
        let target = folder + "/salinan.sqlite"
        #expect(try sop(["roster", "grant", "ani", "pengelola-peran"], at: "2026-11-30T08:00:00+07:00", database: target).status == 0)
        let refused = try sop(["db", "copy", "--from", database, "--to", target, "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("  ✗ case 01-2026-000001, sequence 1:"), "\(refused.stdout)")
        #expect(refused.stderr.contains("nothing was copied"))
        #expect(try SQLiteCaseStore(path: target).counts().cases == 0)
    }

    @Test(.enabled(if: SharedStore.url != nil, SharedStore.skipped))
    func aCopyToPostgreSQLCarriesTheRosterHistory() throws {
        try desk()
        let shared = try SharedStore()
        defer {
            shared.drop()
            try? FileManager.default.removeItem(atPath: folder)
        }
        let target = shared.address.uri
        let copy = try sop(["db", "copy", "--from", database, "--to", target])
        #expect(copy.status == 0, "\(copy.stdout)\(copy.stderr)")
        #expect(copy.stdout.contains("daftar peran: 4 isian riwayat disalin (urut, hash sama)"), "\(copy.stdout)")
        let store = try shared.store()
        #expect(try store.rosterHistory() == (try SQLiteCaseStore(path: database).rosterHistory()))
        #expect(try store.storedHoldings() == (try SQLiteCaseStore(path: database).storedHoldings()))
        let verified = try SOPBinary.run(["db", "verify"], environment: shared.environment)
        #expect(verified.status == 0, "\(verified.stdout)")
        // The server's checks are enabled again after the copy.
        let connection = try PGConnection(shared.address)
        let triggers = try connection.query("""
            SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE t.tgname IN ('roster_event_rules', 'case_event_role_held') AND t.tgenabled = 'O' AND n.nspname = '\(shared.schema)'
            """)
        #expect(triggers.integer(0, 0) == 2)
    }

    @Test func theSealCoversTheRostersChainHead() throws {
        try desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let key = folder + "/kunci"
        let sealed = try sop(["db", "seal", "--kunci", key])
        #expect(sealed.status == 0, "\(sealed.stderr)")
        let seal = try #require(try SQLiteCaseStore(path: database).seals().last)
        #expect(seal.heads.contains("(roster) 4 "), "\(seal.heads)")

        // Whoever can write the file rewrites the roster's history (citra for every SOP, not only
        // 01) with its chain and its holdings recomputed: the roster's own checks hold again.
        var history = try SQLiteCaseStore(path: database).rosterHistory()
        var previous = ""
        var updates = "DROP TRIGGER roster_event_append_only_update;"
        for index in history.indices {
            if history[index].operatorName == "citra" { history[index].sop = nil }
            let hash = RosterChain.hash(history[index], previous: previous)
            updates += "UPDATE roster_event SET sop = '\(history[index].sop ?? "")', hash = '\(hash)' WHERE sequence = \(history[index].sequence);"
            previous = hash
        }
        updates += "UPDATE roster_holding SET sop = '' WHERE operator = 'citra';"
        try sqlite(updates)
        let unkeyed = try sop(["db", "verify"])
        #expect(unkeyed.status == 1)
        #expect(unkeyed.stdout.contains("  ✗ daftar peran, urutan 4: hash kejadian berbeda dengan yang disegel (riwayat ditulis ulang)"),
                "\(unkeyed.stdout)")

        // The seal is forged too (its roster head and digest recomputed): only the key tells.
        let heads = seal.heads.split(separator: "\n").map { $0.hasPrefix("(roster) ") ? "(roster) 4 \(previous)" : String($0) }
            .joined(separator: "\n") + "\n"
        try sqlite(TamperTests.unlockSeals(.sqlite) + "UPDATE chain_seal SET heads = '\(heads)', digest = '\(SHA256.hex(Array(heads.utf8)))';")
        #expect(try sop(["db", "verify"]).status == 0, "without the key, a recomputed roster and seal look whole")
        let keyed = try sop(["db", "verify", "--kunci", key])
        #expect(keyed.status == 1)
        #expect(keyed.stdout.contains("  ✗ segel #1 tidak ditandatangani dengan kunci ini"), "\(keyed.stdout)")

        // The roster's last entries deleted: the seal says the history ends too soon.
        try sqlite("UPDATE chain_seal SET heads = '\(seal.heads)', digest = '\(seal.digest)';"
            + "DROP TRIGGER roster_event_append_only_delete; DELETE FROM roster_event WHERE sequence = 4;"
            + "INSERT INTO roster_holding VALUES ('budi', 'resepsionis', '', 'ani', 0);")
        let truncated = try sop(["db", "verify", "--kunci", key])
        #expect(truncated.stdout.contains("  ✗ daftar peran, urutan 4: riwayat berakhir sebelum urutan 4 yang disegel"), "\(truncated.stdout)")
    }

    func sqlite(_ statements: String) throws { try TamperTests.sqlite(database, statements) }
}

extension RosterCopySealTests {
    @Test func theHintAfterAHandOffNamesARoleTheOperatorHolds() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for arguments in [["roster", "grant", "ani", "pengelola-peran"], ["roster", "grant", "budi", "resepsionis"],
                          ["roster", "grant", "budi", "staf-pengaduan", "--sop", "01"], ["roster", "grant", "citra", "resepsionis"]] {
            #expect(try sop(arguments).status == 0)
        }
        // budi holds the waiting step's role too: the hint names it.
        let holder = try sop(["run", "01", "--as", "resepsionis"] + RosterTests.reception, as: "budi")
        #expect(holder.status == 0, "\(holder.stderr)")
        #expect(holder.stdout.contains("  Lanjutkan dengan: sop run --case 01-2026-000001 --as staf-pengaduan"), "\(holder.stdout)")
        // citra does not: no command she would be refused, in English too.
        let other = try sop(["run", "01", "--lang", "en"] + RosterTests.reception, as: "citra")
        #expect(other.status == 0, "\(other.stderr)")
        #expect(!other.stdout.contains("--as staf-pengaduan"), "\(other.stdout)")
        #expect(other.stdout.contains("  To be continued by a holder of the role 'staf-pengaduan' (sop tasks at their desk)."))
    }
}
