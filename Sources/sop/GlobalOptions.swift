import ArgumentParser
import Foundation
import SOPCore
import SOPLint
import SOPModel
import SOPTerminal

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("sop-dir"), help: Help.argument(
        id: "Folder SOP (bawaan: SOP_DIR, lalu ./sop).", en: "SOP folder (default: SOP_DIR, then ./sop)."))
    var sopDirectory: String?

    @Option(name: .customLong("lang"), help: Help.argument(
        id: "Bahasa keluaran: id (bawaan) atau en.", en: "Output language: id (default) or en."))
    var languageCode: LanguageOption?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    var language: Language {
        languageCode?.language ?? Language.detect(arguments: [], environment: environment)
    }

    var folder: SOPFolder { SOPFolder.locate(option: sopDirectory, environment: environment) }

    var stdout: Terminal { Terminal.standardOutput(environment: environment) }
    var stderr: Terminal { Terminal.standardError(environment: environment) }

    /// Resolves "01" in the folder, turning every failure into a clear message and exit code 2.
    /// A file that cannot be read (a folder, a FIFO, no permission) is refused the same way by
    /// every command: io-unreadable, exit 2.
    func resolve(_ reference: String) throws(CommandFailure) -> LoadResult {
        let result: LoadResult
        do {
            result = try folder.resolve(reference)
        } catch {
            throw CommandFailure(error, language: language)
        }
        if let unreadable = result.diagnostics.first(where: { $0.code == FileReader.Code.unreadable }) {
            throw CommandFailure(unreadable.message, language: language, exitCode: 2)
        }
        return result
    }

    func loadAll() throws(CommandFailure) -> [LoadResult] {
        do {
            return try folder.loadAll()
        } catch {
            throw CommandFailure(error, language: language)
        }
    }

    /// The folder's calendar (`kalender.yaml`), else the standard one (Monday–Friday, no
    /// holidays, no service hours). A calendar with errors is reported and refused (exit 1): due
    /// times must not be computed from a broken one.
    func workCalendar() throws(CommandFailure) -> WorkCalendar {
        guard let result = try? folder.calendar() else { return .standard }
        if !result.diagnostics.isEmpty {
            let formatter = DiagnosticFormatter(language: language, colour: stderr.colour,
                                                sources: [result.source.path: result.source])
            Console.writeError(formatter.format(result.diagnostics.sortedByLocation()))
        }
        guard let calendar = result.calendar, !result.hasErrors else {
            throw CommandFailure(Catalog.CLI.calendarHasErrors(result.source.path, errors: result.diagnostics.errorCount),
                                 language: language, exitCode: 1)
        }
        return calendar
    }

    /// Every finding of `sop lint` on a loaded SOP, unprinted.
    func lint(_ result: LoadResult) -> [Diagnostic] {
        Linter(today: FixedTime.date(environment) ?? Date())
            .lint([.memory(path: result.source.path, bytes: result.source.bytes)])[0].diagnostics
    }

    /// Every finding of `sop lint` on a loaded SOP (the loader's and the rules'), printed to
    /// stderr compiler style. Commands refuse an SOP with errors; warnings are shown and pass.
    @discardableResult
    func check(_ result: LoadResult) -> [Diagnostic] {
        let findings = lint(result)
        if !findings.isEmpty {
            let formatter = DiagnosticFormatter(language: language, colour: stderr.colour,
                                                sources: [result.source.path: result.source])
            Console.writeError(formatter.format(findings))
        }
        return findings
    }

    /// `check` for a desk (`sop run`, `sop show`, a case's pinned SOP): the errors that refuse
    /// the SOP in full, its warnings as one line pointing to `sop lint`, and no notes. Notes and
    /// the detail of warnings are for the official who edits the YAML; at the desk they only
    /// scrolled the run screen (tester 22's finding 7).
    @discardableResult
    func checkAtDesk(_ result: LoadResult) -> [Diagnostic] {
        let findings = lint(result)
        let errors = findings.filter { $0.severity == .error }
        if !errors.isEmpty {
            let formatter = DiagnosticFormatter(language: language, colour: stderr.colour,
                                                sources: [result.source.path: result.source])
            Console.writeError(formatter.format(errors))
        }
        let warnings = findings.warningCount
        if warnings > 0 {
            Console.writeError(ScreenFit.fit(Catalog.Document.sopHasWarnings(result.source.path, warnings: warnings).text(language),
                                             width: stderr.wrapWidth) + "\n")
        }
        return findings
    }
}

struct LanguageOption: ExpressibleByArgument {
    let language: Language

    init?(argument: String) {
        guard let language = Language(code: argument) else { return nil }
        self.language = language
    }

    static var allValueStrings: [String] { ["id", "en"] }
}
