import ArgumentParser
import Foundation
import SOPCore
import SOPEngine
import SOPModel
import SOPPostgres
import SOPStore

/// `sop db migrate | status | copy`: the store, for administrators.
struct DbCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "db",
            abstract: Help.text(id: "Basis data kasus: migrasi, status, dan menyalin kasus antar-basis data.",
                                en: "The case database: migrations, status, and copying cases between databases."),
            subcommands: [Migrate.self, Status.self, Copy.self, Verify.self, Seal.self])
    }

    struct Location: ParsableArguments {
        @Option(name: .customLong("db"), help: Help.argument(
            id: "Berkas SQLite atau postgres://pengguna@host:port/basisdata (bawaan: SOP_DB, lalu ~/.local/share/sop/sop.sqlite).",
            en: "SQLite file or postgres://user@host:port/dbname (default: SOP_DB, then ~/.local/share/sop/sop.sqlite)."))
        var database: String?

        func address(language: Language) throws(CommandFailure) -> StoreAddress {
            try StoreAddress.forCommand(database, language: language)
        }
    }

    /// Opens a store that must already exist: a SQLite file is never created by reading it.
    /// `asIs`: its schema as it is, migrations pending included (`sop db status`); otherwise a
    /// store with migrations pending is refused (only `sop db migrate` migrates).
    static func openExisting(_ address: StoreAddress, asIs: Bool = false, readOnly: Bool,
                             language: Language) throws(CommandFailure) -> any AdministeredStore {
        if case .sqlite(let path) = address, !FileManager.default.fileExists(atPath: path) {
            throw CommandFailure(Catalog.DbAdmin.noSQLiteFile(path), language: language, exitCode: 2)
        }
        return try open(address, asIs: asIs, readOnly: readOnly, language: language)
    }

    static func open(_ address: StoreAddress, asIs: Bool = false, readOnly: Bool = false,
                     language: Language) throws(CommandFailure) -> any AdministeredStore {
        do {
            return try address.open(asIs: asIs, readOnly: readOnly)
        } catch {
            throw CommandFailure(error, language: language)
        }
    }

    /// Version numbers below the newest applied one that no migration of this store carries
    /// (names start `vN:`), so that `db status`'s count does not read as migrations missing.
    static func unusedNumbers(_ status: MigrationStatus) -> [Int] {
        func version(_ name: String) -> Int? { name.hasPrefix("v") ? Int(name.dropFirst().prefix { $0.isNumber }) : nil }
        let known = Set((status.applied.map(\.name) + status.pending).compactMap(version))
        guard let newest = status.applied.compactMap({ version($0.name) }).max() else { return [] }
        return (1..<newest).filter { !known.contains($0) }
    }

    static func counts(_ counts: StoreCounts) -> [(Localized, Int)] {
        [(Catalog.DbAdmin.cases, counts.cases), (Catalog.DbAdmin.events, counts.events), (Catalog.DbAdmin.tasks, counts.tasks),
         (Catalog.DbAdmin.revisions, counts.revisions), (Catalog.DbAdmin.attachments, counts.attachments),
         (Catalog.DbAdmin.counters, counts.counters)]
    }

    // MARK: sop db migrate

    struct Migrate: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "migrate", abstract: Help.text(
                id: "Menerapkan migrasi skema yang tertunda (aman bila beberapa proses berjalan bersamaan).",
                en: "Applies pending schema migrations (safe when several processes run at once)."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var location: Location

        func run() throws {
            let language = global.language
            let store = try DbCommand.open(try location.address(language: language), asIs: true, language: language)
            let applied: [String]
            do {
                applied = try store.migrate()
            } catch {
                throw CommandFailure(error, language: language)
            }
            var out = Catalog.DbAdmin.store(store.displayName).text(language) + "\n"
            out += Catalog.DbAdmin.migrated(applied).text(language) + "\n"
            out += applied.map { "  ✓ \(store.describe(migration: $0).text(language))\n" }.joined()
            Console.write(out)
        }
    }

    // MARK: sop db status

    struct Status: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "status", abstract: Help.text(
                id: "Menampilkan migrasi yang terpasang dan tertunda, serta isi basis data.",
                en: "Shows applied and pending migrations, and what the database holds."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var location: Location

        func run() throws {
            let language = global.language
            let store = try DbCommand.openExisting(try location.address(language: language), asIs: true, readOnly: true,
                                                   language: language)
            let status: MigrationStatus
            var counts: StoreCounts?
            do {
                status = try store.migrationStatus()
                if !status.applied.isEmpty { counts = try store.counts() }
            } catch {
                throw CommandFailure(error, language: language)
            }
            let time = TimeText(language: language)
            var out = Catalog.DbAdmin.store(store.displayName).text(language) + "\n"
            out += Catalog.DbAdmin.applied(status.applied.count, unused: DbCommand.unusedNumbers(status)).text(language) + "\n"
            for migration in status.applied {
                out += "  ✓ \(store.describe(migration: migration.name).text(language))" + (migration.appliedAt.map { " (\(time.dateTime($0)))" } ?? "") + "\n"
            }
            out += Catalog.DbAdmin.pending(status.pending.count).text(language) + "\n"
            out += status.pending.map { "  • \(store.describe(migration: $0).text(language))\n" }.joined()
            if let counts {
                let items = DbCommand.counts(counts).map { "\($0.1) \($0.0.text(language))" }
                out += Catalog.DbAdmin.contents.text(language) + ": " + items.joined(separator: " · ") + "\n"
            }
            Console.write(out)
        }
    }

    // MARK: sop db copy

    struct Copy: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "copy", abstract: Help.text(
                id: "Menyalin semua kasus (kejadian, revisi SOP, lampiran, penghitung, tugas) ke basis data lain, lalu memeriksanya.",
                en: "Copies every case (events, SOP revisions, attachments, counters, tasks) into another database, then checks it."))
        }

        @OptionGroup var global: GlobalOptions

        @Option(name: .customLong("from"), help: Help.argument(
            id: "Basis data asal (berkas SQLite atau postgres://…).", en: "Source database (SQLite file or postgres://…)."))
        var source: String

        @Option(name: .customLong("to"), help: Help.argument(
            id: "Basis data tujuan (postgres://… atau berkas SQLite).", en: "Destination database (postgres://… or SQLite file)."))
        var destination: String

        func run() throws {
            let language = global.language
            let from = try StoreAddress.forCommand(source, language: language)
            let to = try StoreAddress.forCommand(destination, language: language)
            if from == to { throw CommandFailure(Catalog.DbAdmin.sameStore(from.description), language: language, exitCode: 2) }
            let sourceStore = try DbCommand.openExisting(from, readOnly: false, language: language)
            // The source is checked before the destination is opened: a broken source leaves
            // nothing behind, not even a new empty destination.
            let sourceBreaks: [ChainBreak]
            do { sourceBreaks = try StoreCopy.sourceBreaks(sourceStore) } catch { throw CommandFailure(error, language: language) }
            guard sourceBreaks.isEmpty else {
                Console.write(Catalog.DbAdmin.from(sourceStore.displayName).text(language) + "\n" + ChainBreak.printed(sourceBreaks, language))
                throw CommandFailure(Catalog.Chain.sourceBroken(ChainBreak.findings(sourceBreaks)), language: language, exitCode: 1)
            }
            let destinationStore = try DbCommand.open(to, language: language)
            let report: CopyReport
            do {
                report = try StoreCopy.run(from: sourceStore, to: destinationStore, sourceChecked: true)
            } catch {
                throw CommandFailure(error, language: language)
            }
            var out = Catalog.DbAdmin.from(sourceStore.displayName).text(language) + "\n"
            out += Catalog.DbAdmin.to(destinationStore.displayName).text(language) + "\n"
            guard report.conflicts.isEmpty else {
                Console.write(out)
                let lines = report.conflicts.map {
                    Catalog.Backup.conflict($0.id, source: $0.sourceEvents, destination: $0.destinationEvents, at: $0.firstDifference)
                        .text(language)
                }
                throw CommandFailure(Catalog.DbAdmin.conflicts(lines, advice: Catalog.Backup.conflictAdvice), language: language, exitCode: 1)
            }
            guard report.rosterRefusals.isEmpty else {
                Console.write(out + report.rosterRefusals.map { "  ✗ " + $0.message.text(language) + "\n" }.joined())
                throw CommandFailure(Catalog.RosterCopy.refused(report.rosterRefusals.count), language: language, exitCode: 1)
            }
            guard report.accessRefusals.isEmpty else {
                Console.write(out)
                throw CommandFailure(Catalog.AccessLog.historyDiffers, language: language, exitCode: 1)
            }
            out += Catalog.DbAdmin.copied(report.copied.count, identical: report.identical.count).text(language) + "\n"
            if !report.extended.isEmpty { out += Catalog.Backup.extended(report.extended.count).text(language) + "\n" }
            if report.rosterCopied > 0 { out += Catalog.RosterCopy.copied(report.rosterCopied).text(language) + "\n" }
            if report.sealsCopied > 0 { out += Catalog.Seals.sealsCopied(report.sealsCopied).text(language) + "\n" }
            out += Catalog.DbAdmin.copiedExtras(revisions: report.revisionsCopied, attachments: report.attachmentsCopied,
                                                counters: report.countersRaised).text(language) + "\n"
            if report.accessesCopied + report.profilesCopied > 0 {
                out += Catalog.DbAdmin.copiedEvidence(accesses: report.accessesCopied, profiles: report.profilesCopied).text(language) + "\n"
            }
            out += Catalog.Backup.credentials(pins: report.pinsCopied, secrets: report.secretsCopied).text(language) + "\n"
            out += Catalog.DbAdmin.verified(report.verified, of: report.copied.count + report.identical.count + report.extended.count)
                .text(language) + "\n"
            let rows = zip(DbCommand.counts(report.source), DbCommand.counts(report.destination)).map {
                ($0.0.text(language), String($0.1), String($1.1))
            }
            let header = ("", Catalog.DbAdmin.source.text(language), Catalog.DbAdmin.destination.text(language))
            let first = (rows.map(\.0) + [header.0]).map(\.count).max() ?? 0
            let second = (rows.map(\.1) + [header.1]).map(\.count).max() ?? 0
            for row in [header] + rows {
                out += "  " + row.0.padding(toLength: first, withPad: " ", startingAt: 0) + "  "
                    + String(repeating: " ", count: second - row.1.count) + row.1 + "  " + row.2 + "\n"
            }
            Console.write(out)
            guard report.mismatches.isEmpty else {
                throw CommandFailure(Catalog.DbAdmin.mismatches(report.mismatches), language: language, exitCode: 1)
            }
        }
    }
}

extension StoreAddress {
    /// --db (or --from, --to), else SOP_DB, else the default SQLite file; an address that cannot
    /// be used as written is a usage error (exit 2).
    static func forCommand(_ option: String?, language: Language) throws(CommandFailure) -> StoreAddress {
        let address: StoreAddress
        do {
            address = try resolve(option: option, environment: ProcessInfo.processInfo.environment)
        } catch {
            throw CommandFailure(error.message, language: language, exitCode: 2)
        }
        // `--db /dev/null`, a folder, a FIFO: said at once, before SQLite tries.
        if case .sqlite(let path) = address, let kind = SQLiteCaseStore.fileKind(of: path) {
            throw CommandFailure(Catalog.StoreGuard.notAFile(path, kind: kind), language: language, exitCode: 2)
        }
        return address
    }
}
