import ArgumentParser
import Foundation
import SOPCore
import SOPPostgres
import SOPStore

/// `sop`: the root command. Subcommands stay thin: they parse, call the libraries, print.
@main
struct SOPCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "sop",
            abstract: Help.text(
                id: "Menjalankan Standar Operasional Prosedur (Permenpan RB 35/2012) yang ditulis dalam YAML.",
                en: "Runs Standard Operating Procedures (Permenpan RB 35/2012) written in YAML."),
            version: SOPCommand.version,
            subcommands: [
                ListCommand.self, ShowCommand.self, RunCommand.self, TasksCommand.self, CasesCommand.self,
                CaseCommand.self, ReportCommand.self, LintCommand.self, SchemaCommand.self, RenderCommand.self,
                DbCommand.self, RosterCommand.self,
                CorrectCommand.self, ReceiptCommand.self, StatusCommand.self, ServeCommand.self, KolektifCommand.self,
            ]
        )
    }

    /// A debug build says so: it reads SOP_TEST_LOGIN (anyone may act as anyone) and must never be
    /// installed at a desk (tester12's F13); `sop --version` is how an operator checks.
    /// The release and the newest schema it knows on each store, computed from the migration
    /// lists: two desks on different releases tell apart, and which one may open a store.
    static var version: String {
        let schema = Help.text(id: "skema", en: "schema")
            + " SQLite v\(Migrations.latestVersion), PostgreSQL v\(PostgresMigrations.latestVersion)"
        #if DEBUG
        return "sop \(Release.version) (\(schema); debug build: for tests only, reads SOP_TEST_LOGIN; install a release build at a desk)"
        #else
        return "sop \(Release.version) (\(schema))"
        #endif
    }

    /// Exit codes: 0 ok, 1 the SOP has errors, 2 usage error or unreadable input, 3 a store whose
    /// schema is not this sop's (a migration pending, or a newer sop's): nothing changed in it.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            Console.error(failure.message)
            Console.exit(failure.exitCode)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                Console.write(Catalog.Console.help(fullMessage(for: error)).text(Help.language) + "\n")
                Console.exit(0)
            }
            if error is ExitCode {
                Console.exit(code.rawValue)
            }
            // ArgumentParser's usage errors (64 by default) are exit code 2 here, said as ours are:
            // "sop: galat: …", then its usage lines.
            let message = message(for: error)
            let full = fullMessage(for: error)
            Console.error(Catalog.Console.usageError(message).text(Help.language))
            if let range = full.range(of: message + "\n") {
                Console.writeError(Catalog.Console.usageLines(String(full[range.upperBound...])).text(Help.language) + "\n")
            }
            Console.exit(2)
        }
    }
}
