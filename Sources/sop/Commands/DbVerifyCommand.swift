import ArgumentParser
import Foundation
import SOPCore
import SOPEngine
import SOPModel
import SOPPostgres
import SOPStore

extension DbCommand {
    /// `sop db verify [--case ID] [--kunci FILE]`: every chain, gap, revision hash, derived row and seal.
    struct Verify: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "verify", abstract: Help.text(
                id: "Memeriksa rantai hash setiap kasus, celah urutan, revisi SOP, baris turunan, dan segel; keluar 1 bila ada kerusakan.",
                en: "Checks every case's hash chain, sequence gaps, SOP revisions, derived rows and seals; exits 1 on any break."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var location: Location

        @Option(name: .customLong("case"), help: Help.argument(id: "Hanya kasus ini.", en: "Only this case."))
        var caseID: String?

        @Option(name: .customLong("kunci"), help: Help.argument(
            id: "Berkas kunci segel (mode 0600): memeriksa juga tanda tangan setiap segel.",
            en: "Seal key file (mode 0600): also checks every seal's signature."))
        var keyFile: String?

        @Flag(name: .customLong("perbaiki"), help: Help.argument(
            id: "Menulis ulang baris turunan (baris kasus, daftar tugas, kunjungan kegiatan, judul dan kunci pencarian) yang tidak sesuai kejadiannya, dari kejadian yang utuh; menolak bila riwayat kejadian rusak; mencetak yang diubah dan mencatatnya di derived_repair. Di PostgreSQL oleh pemilik skema.",
            en: "Rewrites derived rows (case row, worklist, step visits, title and search keys) that do not match their events, from events that hold; refuses when the event history is broken; prints what it changed and logs it in derived_repair. On PostgreSQL, by the schema's owner."))
        var repair = false

        func run() throws {
            let language = global.language
            let key = try keyFile.map { path throws(CommandFailure) in try DbCommand.sealKey(path, new: false, language: language).key }
            let store = try DbCommand.verifiable(try location.address(language: language), readOnly: !repair, language: language)
            var repaired = ""
            if repair { repaired = try self.repair(store, key: key, language: language) }
            let report: VerifyReport
            do {
                report = try ChainVerifier.run(store, only: caseID, key: key)
            } catch {
                throw CommandFailure(error, language: language)
            }
            if let caseID, report.cases == 0, report.holds {
                throw CommandFailure(Catalog.Chain.unknownCase(caseID), language: language, exitCode: 2)  // as every command names an unknown case: not a break
            }
            var out = Catalog.DbAdmin.store(store.displayName).text(language) + "\n" + repaired
            out += ChainBreak.printed(report.breaks, language)
            if !report.waitingRoleFindings.isEmpty { out += "  " + Catalog.TamperEvidence.waitingRoleHint.text(language) + "\n" }
            out += (report.acknowledged + report.acknowledgedWaitingRoles).map { "  ⚠ " + $0.text(language) + "\n" }.joined()
            out += Catalog.Chain.checked(cases: report.cases, events: report.events, revisions: report.revisions).text(language) + "\n"
            let summary = VerifySummary(report: report, store: store, time: TimeText(language: language))
            var closing: [Localized] = report.notes
            do throws(StoreError) {
                if !report.sealsRead {
                    // A table is missing: nothing was read past it, the seals neither (tester 19's F8).
                    closing.append(Catalog.Seals.notRead)
                } else if let key, report.seals > 0 { closing += try summary.coverage(key: key) } else if key == nil { closing.append(Catalog.Seals.unsealedNote) }
                if report.seals == 0, report.sealsRead, key == nil { closing.append(Catalog.Chain.noSeals) }
                if let newest = report.newestSealDigest {
                    closing.append(Catalog.Chain.sealDigest(newest.id, stored: newest.stored, now: newest.recomputed))
                }
                if caseID == nil, report.sealsRead {
                    closing.append(Catalog.Chain.headDigest(report.headDigest, cases: report.heads.count, roster: report.rosterHead != nil,
                                                            accessLog: report.accessHead != nil))
                }
                // Last, the sentence to quote (with --case: the case, its period and chain head).
                // What the whole check covers and what it does not (one case's sentence is its own scope).
                if report.holds, caseID == nil { closing.append(Catalog.Verify.scope(roster: report.rosterEntries, access: report.accessEntries, seals: report.seals)) }
                if report.holds, !report.acknowledged.isEmpty { closing.append(Catalog.AccessLog.acknowledgedNote(report.acknowledged.count)) }
                if report.holds, !report.acknowledgedWaitingRoles.isEmpty {
                    closing.append(Catalog.TamperEvidence.waitingRoleAcknowledgedNote(report.acknowledgedWaitingRoles.count))
                }
                if report.holds { closing += try summary.holds(case: caseID) }
            } catch {
                throw CommandFailure(error, language: language)
            }
            out += closing.map { $0.text(language) + "\n" }.joined()
            Console.write(out)
            guard report.holds else { throw CommandFailure(Catalog.Chain.breaks(ChainBreak.findings(report.breaks)), language: language, exitCode: 1) }
        }
    }
}

extension DbCommand.Verify {
    /// `--perbaiki`: the derived rows written again from the events (`DerivedRepair`); what it
    /// changed, as text for the report. Refused (exit 1) when the history does not hold.
    func repair(_ store: any VerifiableStore, key: [UInt8]?, language: Language) throws(CommandFailure) -> String {
        guard let repairable = store as? any DerivedRepairStore else {
            throw CommandFailure(Localized(verbatim: store.displayName), language: language, exitCode: 2)
        }
        let outcome: DerivedRepair.Outcome
        do {
            outcome = try DerivedRepair.run(repairable, only: caseID, key: key, by: NSUserName())
        } catch {
            // On PostgreSQL the server lets only the schema's owner rewrite derived rows (v28): a
            // desk user is told so, and where to see what is wrong (tester 36, N4).
            guard store is PostgresCaseStore, case .unavailable(let refusal) = error else { throw CommandFailure(error, language: language) }
            throw CommandFailure(Catalog.TamperEvidence.repairNeedsOwner(refusal), language: language, exitCode: 1)
        }
        guard outcome.refused.isEmpty else {
            Console.write(Catalog.DbAdmin.store(store.displayName).text(language) + "\n" + ChainBreak.printed(outcome.refused, language))
            throw CommandFailure(Catalog.TamperEvidence.repairRefused(ChainBreak.findings(outcome.refused)), language: language, exitCode: 1)
        }
        var out = ""
        for (id, fixed) in outcome.repaired {
            out += "  " + Catalog.TamperEvidence.repairedCase(id).text(language) + "\n"
            out += fixed.map { "    ✓ " + $0.message.text(language) + "\n" }.joined()
        }
        return out + Catalog.TamperEvidence.repairedSummary(outcome.repaired.count, checked: outcome.cases).text(language) + "\n"
    }
}

extension DbCommand {
    /// `sop db seal --kunci FILE`: signs every chain head with a key kept outside the database.
    struct Seal: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "seal", abstract: Help.text(
                id: "Menyegel kepala rantai setiap kasus dengan kunci di luar basis data (membuat kunci baru bila belum ada).",
                en: "Seals every case's chain head with a key kept outside the database (creating a new key when there is none)."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var location: Location

        @Option(name: .customLong("kunci"), help: Help.argument(
            id: "Berkas kunci segel (dibuat dengan mode 0600 bila belum ada).", en: "Seal key file (created with mode 0600 when missing)."))
        var keyFile: String

        @Flag(name: .customLong("akui-log-akses"), help: Help.argument(
            id: "Menyegel juga bila satu-satunya temuan adalah isian log akses data pribadi yang rantainya utuh tetapi isinya tidak mungkin dibuat sop (kasus tak ada, kode penolakan tak dikenal, data ditampilkan kepada yang tak berperan): isian itu tidak dapat dihapus; segel ini mengakuinya dan verify selanjutnya mencetaknya tanpa menghitungnya.",
            en: "Seals even when the only findings are personal-data access-log entries whose chain holds but whose content sop could never have written (an unknown case, an unknown refusal code, data shown to someone without a role): such entries cannot be removed; this seal acknowledges them and later verifies print them without counting them."))
        var acknowledgeAccessLog = false

        @Flag(name: .customLong("akui-peran-jeda"), help: Help.argument(
            id: "Menyegel juga bila temuan (selain yang diakui --akui-log-akses) hanyalah jeda, lanjut atau batal yang rantainya utuh tetapi ditulis dalam peran yang tidak dimiliki langkah mana pun yang menunggu (sop sebelum 07-12-2026 membiarkan peran lain melanjutkan kasus): kejadian itu tidak dapat dihapus; segel ini mengakuinya dan verify selanjutnya mencetaknya tanpa menghitungnya.",
            en: "Seals even when the only findings (besides those --akui-log-akses acknowledges) are pauses, resumes or cancellations whose chain holds but that were written in a role no waiting step had (sop before 7-12-2026 let another role resume a case): such events cannot be removed; this seal acknowledges them and later verifies print them without counting them."))
        var acknowledgeWaitingRoles = false

        @Flag(name: .customLong("segel-pertama"), help: Help.argument(
            id: "Membuat segel pertama dengan berkas kunci yang sudah ada di basis data yang belum pernah disegel (mis. basis data baru unit yang sama). Tanpa ini, kunci yang sudah ada pada basis data tanpa segel ditolak: kunci hanya dibuat bersama segel, jadi segelnya dihapus. Ditolak bila basis data sudah bersegel.",
            en: "Makes the first seal with an existing key file on a database never sealed (e.g. the same unit's new database). Without it, an existing key on a database with no seal is refused: a key is made only with a seal, so its seals were deleted. Refused when the database has seals."))
        var firstSeal = false

        func run() throws {
            let language = global.language
            try FixedTime.checkWriting(global.environment, language: language)
            let store = try DbCommand.verifiable(try location.address(language: language), readOnly: false, language: language)
            let (key, new) = try DbCommand.sealKey(keyFile, new: true, language: language)
            var out = Catalog.DbAdmin.store(store.displayName).text(language) + "\n"
            do {
                let stored = try store.seals()
                if firstSeal, !stored.isEmpty {
                    throw CommandFailure(Catalog.Seals.firstSealNotFirst(stored.count), language: language, exitCode: 2)
                }
                if stored.isEmpty, !new, !firstSeal { throw CommandFailure(Catalog.Seals.firstSealRefused(keyFile), language: language, exitCode: 1) }
                var report = try ChainVerifier.run(store, key: key)
                // A first seal: the key given for a store with no seal is what is asked here.
                report.breaks.removeAll { $0.kind == .derived(Catalog.Seals.keyWithoutSeals) }
                // Only findings of log entries whose chain holds, and pauses, resumes or cancellations
                // in a role no waiting step had (the rest of their case holding), may be
                // acknowledged, and only when asked.
                let logFindings = acknowledgeAccessLog ? report.accessFindings : []
                let roleFindings = acknowledgeWaitingRoles ? report.waitingRoleFindings : []
                let acknowledging = !report.holds && report.breaks.allSatisfy { logFindings.contains($0) || roleFindings.contains($0) }
                guard report.holds || acknowledging else {
                    // A new key is written only when a seal is made with it.
                    Console.write(out + ChainBreak.printed(report.breaks, language))
                    throw CommandFailure(Catalog.Chain.sealRefusedBreaks(ChainBreak.findings(report.breaks)), language: language, exitCode: 1)
                }
                if new {
                    do { try SealKey.create(keyFile, key: key) } catch { throw CommandFailure(error.message, language: language, exitCode: 2) }
                    out += Catalog.Chain.keyCreated(keyFile).text(language) + "\n"
                }
                // The events' clock (SOP_FIXED_TIME stands it still for tests), so that a
                // seal is never dated after the events written after it.
                let seal = ChainSeal(sealedAt: (FixedTime.date(global.environment) ?? Date()).milliseconds, heads: report.sealedHeads, key: key,
                                      after: stored.last)
                let id = try store.saveSeal(seal)
                if acknowledging, !logFindings.isEmpty {
                    out += ChainBreak.printed(logFindings, language)
                    out += Catalog.AccessLog.sealAcknowledges(logFindings.count).text(language) + "\n"
                }
                if acknowledging, !roleFindings.isEmpty {
                    out += ChainBreak.printed(roleFindings, language)
                    out += Catalog.TamperEvidence.sealAcknowledgesWaitingRoles(roleFindings.count).text(language) + "\n"
                }
                out += Catalog.Chain.sealed(id, cases: report.heads.count, roster: report.rosterHead != nil,
                                            accessLog: report.accessHead != nil, digest: seal.digest).text(language) + "\n"
            } catch let error as StoreError {
                throw CommandFailure(error, language: language)
            }
            Console.write(out)
        }
    }

    /// `readOnly` for `sop db verify`: an auditor who may read the store but not write it checks
    /// it as it is; `sop db seal` writes its seal.
    static func verifiable(_ address: StoreAddress, readOnly: Bool, language: Language) throws(CommandFailure) -> any VerifiableStore {
        let store = try openExisting(address, readOnly: readOnly, language: language)
        guard let verifiable = store as? any VerifiableStore else {
            throw CommandFailure(Localized(verbatim: store.displayName), language: language, exitCode: 2)
        }
        return verifiable
    }

    static func sealKey(_ path: String, new: Bool, language: Language) throws(CommandFailure) -> (key: [UInt8], new: Bool) {
        do {
            return new ? try SealKey.readOrNew(path) : (try SealKey.read(path), false)
        } catch {
            throw CommandFailure(error.message, language: language, exitCode: 2)
        }
    }
}
