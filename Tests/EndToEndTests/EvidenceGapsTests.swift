import Foundation
import SOPCore
import SOPPostgres
import SOPStore
import Testing

@testable import SOPEngine

/// Tester 35's findings, by the real binary on SQLite and (when a server is given) PostgreSQL:
/// seals deleted (M1), `sop report --periksa` over a deleted case or a rewritten chain (M3), a
/// deleted revision (m1), one edit one break (m2), a forged derived row at `sop db copy` (m4),
/// unsealed roster entries (m5), a failed seal's coverage (m3), an event after a case ended (m6).
@Suite("Evidence gaps an auditor found (tester 35)", .timeLimit(.minutes(10)))
struct EvidenceGapsTests {
    typealias Desk = TamperTests.Desk
    typealias Backend = TamperTests.Backend

    /// M1: a key given for a store with no seal is a break, never "utuh"; `sop db seal` with an
    /// existing key on a store with no seal refuses unless told it is the first seal.
    @Test(arguments: Backend.available)
    func sealsDeletedWithTheKeyGivenAreABreak(backend: Backend) throws {
        let desk = try Desk(backend)
        defer { desk.drop() }
        let key = desk.folder + "/kunci"
        #expect(try desk.sop(["db", "seal", "--kunci", key]).status == 0)
        try desk.sql(TamperTests.unlockSeals(backend) + "DELETE FROM chain_seal;")
        let verified = try desk.sop(["db", "verify", "--kunci", key])
        #expect(verified.status == 1, "\(verified.stdout)")
        #expect(verified.stdout.contains("  ✗ --kunci diberikan, tetapi basis data ini tidak menyimpan segel satu pun"), "\(verified.stdout)")
        #expect(!verified.stdout.contains("utuh:"), "\(verified.stdout)")
        // The nightly job does not sign the store again with the same key.
        let resealed = try desk.sop(["db", "seal", "--kunci", key])
        #expect(resealed.status == 1, "\(resealed.stdout)")
        #expect(resealed.stderr.contains("segel tidak dibuat: kunci \(key) sudah ada, tetapi basis data ini tidak menyimpan segel satu pun"),
                "\(resealed.stderr)")
        #expect(resealed.stderr.contains("--segel-pertama"))
        let first = try desk.sop(["db", "seal", "--kunci", key, "--segel-pertama"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("segel #"), "\(first.stdout)")
        // Left in cron, the flag is refused once the store has a seal.
        let again = try desk.sop(["db", "seal", "--kunci", key, "--segel-pertama"])
        #expect(again.status == 2, "\(again.stdout)")
        #expect(again.stderr.contains("--segel-pertama hanya untuk basis data tanpa segel"), "\(again.stderr)")
        #expect(try desk.sop(["db", "verify", "--kunci", key]).status == 0)
    }

    /// M1: each seal signs the one before it: a seal deleted in the middle is a break in both
    /// modes; the newest seal deleted is not (the archived digest shows it).
    @Test(arguments: Backend.available)
    func aSealDeletedInTheMiddleIsABreak(backend: Backend) throws {
        let desk = try Desk(backend)
        defer { desk.drop() }
        let key = desk.folder + "/kunci"
        for _ in 1...3 { #expect(try desk.sop(["db", "seal", "--kunci", key]).status == 0) }
        #expect(try desk.sop(["db", "verify", "--kunci", key]).status == 0)
        try desk.sql(TamperTests.unlockSeals(backend) + "DELETE FROM chain_seal WHERE id = 2;")
        for arguments in [["db", "verify"], ["db", "verify", "--kunci", key]] {
            let verified = try desk.sop(arguments)
            #expect(verified.status == 1, "\(arguments): \(verified.stdout)")
            #expect(verified.stdout.contains("  ✗ segel #3 dibuat sesudah segel #2 dan menandatanganinya, tetapi segel #2 tidak tersimpan lagi (segel dihapus)"),
                    "\(verified.stdout)")
        }
        let report = try desk.sop(["report", "--periksa"])
        #expect(report.status == 1, "\(report.stdout)")
        #expect(report.stdout.contains("segel #2 tidak tersimpan lagi"), "\(report.stdout)")
    }

    /// M1: seals made before seals were linked verify as they did, and a linked seal follows them.
    @Test func sealsMadeBeforeLinkingStillVerify() throws {
        let desk = try Desk(.sqlite)
        defer { desk.drop() }
        let key = desk.folder + "/kunci"
        #expect(try desk.sop(["db", "seal", "--kunci", key]).status == 0)
        let store = try TamperedStoreTests.store(desk) as! SQLiteCaseStore
        let linked = try #require(try store.seals().first)
        #expect(linked.link == ChainSeal.Link(id: 0, mac: "-"))
        // A seal as an older build wrote it (no link), signed with the same key, after the first.
        let old = ChainSeal(sealedAt: linked.sealedAt, heads: linked.parsedHeads, key: try SealKey.read(key))
        #expect(old.link == nil)
        _ = try store.saveSeal(old)
        #expect(try desk.sop(["db", "seal", "--kunci", key]).status == 0)
        let seals = try store.seals()
        #expect(seals.count == 3)
        #expect(seals[2].link?.id == seals[1].id)
        #expect(seals[2].link?.mac == old.mac)
        let verified = try desk.sop(["db", "verify", "--kunci", key])
        #expect(verified.status == 0, "\(verified.stdout)")
        #expect(verified.stdout.contains("Segel diperiksa dengan kunci (3 segel)"), "\(verified.stdout)")
    }

    /// M3: `sop report --periksa` refuses after a whole case was deleted (its number given), and
    /// after a sealed chain was recomputed (the newest seal's head differs).
    @Test(arguments: Backend.available)
    func reportCheckSeesADeletedCaseAndARewrittenSealedChain(backend: Backend) throws {
        let desk = try Desk(backend)
        defer { desk.drop() }
        let plain = try desk.sop(["report"])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.contains("(digest kepala rantai sebagaimana tersimpan, belum diperiksa terhadap riwayatnya"), "\(plain.stdout)")
        #expect(!plain.stdout.contains("untuk riwayat yang sama"), "\(plain.stdout)")
        let checked = try desk.sop(["report", "--periksa"])
        #expect(checked.stdout.contains("untuk riwayat yang sama"), "\(checked.stdout)")
        #expect(checked.stdout.contains("penomoran kasus terhadap penghitungnya (tidak ada kasus yang hilang) dan kepala rantai pada segel terbaru: cocok."))
        #expect(try desk.sop(["db", "seal", "--kunci", desk.folder + "/kunci"]).status == 0)
        _ = try TamperedStoreTests.rewriteChain(desk)
        let rewritten = try desk.sop(["report", "--periksa"])
        #expect(rewritten.status == 1, "\(rewritten.stdout)")
        #expect(rewritten.stdout.contains("  ✗ kasus 01-2026-000001, urutan 29: hash kejadian berbeda dengan yang disegel"), "\(rewritten.stdout)")
        #expect(!rewritten.stdout.contains("cocok."))
    }

    /// M3: a case deleted whole (events, visits, row; seals too) leaves its number: the report's
    /// check refuses, as verify does.
    @Test func reportCheckSeesADeletedCase() throws {
        let desk = try Desk(.sqlite)
        defer { desk.drop() }
        try desk.sql(TamperTests.unlockDelete.sqlite + """
            DELETE FROM case_event WHERE case_id = '01-2026-000001'; DELETE FROM step_visit WHERE case_id = '01-2026-000001';
            DELETE FROM case_lookup WHERE case_id = '01-2026-000001'; DELETE FROM sop_case WHERE id = '01-2026-000001';
            """)
        let report = try desk.sop(["report", "--periksa"])
        #expect(report.status == 1, "\(report.stdout)")
        #expect(report.stdout.contains("  ✗ kasus 01-2026-000001: nomor kasus ini sudah diberikan, tetapi kasusnya tidak ada"), "\(report.stdout)")
        #expect(report.stderr.contains("laporan tidak dibuat: 1 kerusakan"), "\(report.stderr)")
    }

    /// m1: a deleted SOP revision refuses the plain report as a changed one does.
    @Test func aDeletedRevisionRefusesThePlainReport() throws {
        let desk = try Desk(.sqlite)
        defer { desk.drop() }
        #expect(try desk.sop(["report"]).status == 0)
        try desk.sql("DELETE FROM sop_revision;")
        let report = try desk.sop(["report"])
        #expect(report.status == 1, "\(report.stdout)")
        #expect(report.stderr.contains("yang diikuti kasus yang dihitung tidak tersimpan (dihapus); laporan tidak dibuat tanpa waktu bakunya"),
                "\(report.stderr)")
        #expect(!report.stdout.contains("100%"), "\(report.stdout)")
    }

    /// m2: one event's time edited is one break (its hash), not also every honest event after it
    /// called back-dated; a deleted last event is one break, the case row's disagreements under it.
    @Test(arguments: Backend.available)
    func oneEditIsOneBreak(backend: Backend) throws {
        let desk = try Desk(backend)
        defer { desk.drop() }
        let update = "UPDATE case_event SET at = at + 10800000 WHERE case_id = '01-2026-000001' AND sequence = 20;"
        try desk.sql(backend == .sqlite ? TamperTests.unlockUpdate.sqlite + update + TamperTests.relockUpdate.sqlite
                                        : TamperTests.unlockUpdate.postgres + update + TamperTests.relockUpdate.postgres)
        let verified = try desk.sop(["db", "verify"])
        #expect(verified.status == 1)
        #expect(verified.stdout.contains("  ✗ kasus 01-2026-000001, urutan 20: hash kejadian tidak cocok"), "\(verified.stdout)")
        #expect(!verified.stdout.contains("tanggal dimundurkan"), "\(verified.stdout)")
        #expect(verified.stderr.contains("1 kerusakan ditemukan"), "\(verified.stdout)\n\(verified.stderr)")
    }

    @Test(arguments: Backend.available)
    func aDeletedLastEventIsOneBreak(backend: Backend) throws {
        let desk = try Desk(backend)
        defer { desk.drop() }
        let delete = "DELETE FROM case_event WHERE case_id = '01-2026-000001' AND sequence = 29;"
        try desk.sql(backend == .sqlite ? TamperTests.unlockDelete.sqlite + delete + TamperTests.relockDelete.sqlite
                                        : TamperTests.unlockDelete.postgres + delete + TamperTests.relockDelete.postgres)
        let verified = try desk.sop(["db", "verify"])
        #expect(verified.status == 1)
        #expect(verified.stdout.contains("  ✗ kasus 01-2026-000001, urutan 29: riwayat berakhir sebelum urutan 29"), "\(verified.stdout)")
        #expect(verified.stdout.contains("    ↳ kasus 01-2026-000001: status kasus tersimpan 'selesai', menurut kejadian 'terbuka' (akibat kerusakan riwayat di urutan 29 di atas"),
                "\(verified.stdout)")
        #expect(verified.stderr.contains("1 kerusakan ditemukan"), "\(verified.stdout)\n\(verified.stderr)")
    }

    /// m4: a forged case row is checked before anything is written: exit 1, the break located,
    /// no destination file made.
    @Test func copyRefusesAForgedDerivedRowBeforeWriting() throws {
        let desk = try Desk(.sqlite)
        defer { desk.drop() }
        try desk.sql("UPDATE sop_case SET status = 'selesai' WHERE id = '01-2026-000002';")
        let destination = desk.folder + "/cadangan.sqlite"
        let copied = try desk.sop(["db", "copy", "--from", desk.folder + "/sop.sqlite", "--to", destination])
        #expect(copied.status == 1, "\(copied.stdout)")
        #expect(copied.stdout.contains("  ✗ kasus 01-2026-000002: status kasus tersimpan 'selesai', menurut kejadian 'terbuka'"), "\(copied.stdout)")
        #expect(copied.stderr.contains("tidak ada yang disalin"), "\(copied.stderr)")
        #expect(!FileManager.default.fileExists(atPath: destination))
    }

    /// m5 and m3: with the key, roster entries after the seal are named; a seal whose signature
    /// fails covers nothing (no "4 dari 4" after it).
    @Test func unsealedRosterEntriesAndAFailedSealsCoverage() throws {
        let desk = try Desk(.sqlite)
        defer { desk.drop() }
        let key = desk.folder + "/kunci"
        #expect(try desk.sop(["db", "seal", "--kunci", key]).status == 0)
        // The first entry: the administrator grants itself (login 'ani' for the test).
        let granted = try SOPBinary.run(["roster", "grant", "ani", "pengelola-peran"],
                                        environment: desk.environment.merging(["SOP_TEST_LOGIN": "ani"]) { _, new in new })
        #expect(granted.status == 0, "\(granted.stderr)")
        let verified = try desk.sop(["db", "verify", "--kunci", key])
        #expect(verified.stdout.contains("  belum disegel: daftar peran isian 1\n"), "\(verified.stdout)")
        // Another key: the seal's signature fails, and it is not counted as coverage.
        let other = desk.folder + "/kunci-lain"
        try SealKey.create(other, key: Array(repeating: 9, count: 32))
        let forged = try desk.sop(["db", "verify", "--kunci", other])
        #expect(forged.status == 1)
        #expect(forged.stdout.contains("  ✗ segel #1 tidak ditandatangani dengan kunci ini"), "\(forged.stdout)")
        #expect(forged.stdout.contains("hanya 0 dari 1 segel ditandatangani dengan kunci ini; segel itu mencakup 0 dari 2 kasus"), "\(forged.stdout)")
        #expect(!forged.stdout.contains("2 dari 2 kasus tersegel"), "\(forged.stdout)")
    }

    /// m6: a note appended with a correct hash after the case completed is a break, and the
    /// timeline shows it.
    @Test func aNoteAfterTheCaseEndedIsReportedAndShown() throws {
        let desk = try Desk(.sqlite)
        defer { desk.drop() }
        let store = try TamperedStoreTests.store(desk)
        let events = try #require(try store.archivedCase("01-2026-000001")).events
        let last = try #require(events.last)
        let step = try #require(events.last { $0.step != nil }?.step)
        var note = last
        note.sequence = last.sequence + 1
        note.at = last.at + 3_600_000  // an hour after the case ended
        note.type = "note-added"
        note.step = step
        note.payload = "{\"step\":\"\(step)\",\"text\":\"Catatan susulan\"}"
        let linked = try #require(EventChain.linked([note], caseID: "01-2026-000001", previous: last.hash ?? "").first)
        try desk.sql("""
            INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash) VALUES ('01-2026-000001', \(linked.sequence),
            \(linked.at), '\(linked.operatorName)', \(linked.role.map { "'\($0)'" } ?? "NULL"), '\(step)', 'note-added', '\(linked.payload)', '\(linked.hash ?? "")');
            """)
        let verified = try desk.sop(["db", "verify"])
        #expect(verified.status == 1, "\(verified.stdout)")
        #expect(verified.stdout.contains("  ✗ kasus 01-2026-000001, urutan 30: kejadian 'note-added' ditulis setelah kasus berakhir"), "\(verified.stdout)")
        let timeline = try desk.sop(["case", "01-2026-000001"])
        #expect(timeline.stdout.contains("(kegiatan \(step), di luar kunjungannya) Catatan"), "\(timeline.stdout)")
        #expect(timeline.stdout.contains("Catatan susulan"))
    }
}
