import ArgumentParser
import Foundation
import SOPCore
import SOPLint
import SOPModel

/// `sop lint [PATH…]`: every problem of every SOP file, located, in the format asked for.
/// Exit codes: 0 no errors, 1 errors (warnings too with --strict), 2 usage or unreadable input
/// (a path missing or not read, a folder holding no SOP file).
struct LintCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "lint",
            abstract: Help.text(id: "Memeriksa berkas SOP dan melaporkan setiap masalah beserta letaknya.",
                                en: "Checks SOP files and reports every problem with its place."))
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, github, sarif, gitlab
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: Help.argument(
        id: "Berkas atau folder (berisi *.yaml/*.yml, huruf besar atau kecil, ditelusuri ke dalam); bawaan: folder SOP.",
        en: "Files or folders (*.yaml/*.yml in any capitals, searched recursively); default: the SOP folder."))
    var paths: [String] = []

    @Option(help: Help.argument(id: "Bentuk laporan: text, json, github, sarif atau gitlab (Code Quality).",
                                en: "Report format: text, json, github, sarif or gitlab (Code Quality)."))
    var format: Format = .text

    @Flag(help: Help.argument(id: "Peringatan juga menggagalkan (kode keluar 1).",
                              en: "Warnings fail too (exit code 1)."))
    var strict = false

    @Flag(help: Help.argument(id: "Mendaftar semua aturan: id, tingkat dan ringkasan.",
                              en: "Lists every rule: id, severity and summary."))
    var rules = false

    func run() throws {
        let linter = Linter(today: FixedTime.date(global.environment) ?? Date())
        let descriptions = linter.rules.map(\.description)
        let lintFormat = LintFormat(rawValue: format.rawValue) ?? .text
        let colour = lintFormat == .text && global.stdout.colour
        if rules {
            Console.write(lintFormat == .json
                ? RulesListing.json(descriptions, language: global.language)
                : RulesListing.text(descriptions, language: global.language))
            return
        }
        let files = try targets()
        var reporter = lintFormat.reporter(language: global.language, colour: colour, rules: descriptions)
        var output = OutputBuffer()
        output.write(reporter.begin())
        let summary = linter.lint(files) { output.write(reporter.file($0)) }
        output.write(reporter.end(summary))
        output.flush()
        if summary.unreadable > 0 { throw ExitCode(2) }
        if summary.errors > 0 || (strict && summary.warnings > 0) { throw ExitCode(1) }
    }

    /// The files to lint. Without paths the SOP folder must exist (a usage error otherwise); a
    /// path named that does not exist, or a folder that cannot be listed, is reported in the
    /// chosen format among the other files, which are all still linted (exit 2 at the end). A
    /// folder, the SOP folder too, that holds no SOP file is reported the same way.
    private func targets() throws(CommandFailure) -> [LintInput] {
        let language = global.language
        guard paths.isEmpty else { return LintTargets.inputs(paths) }
        do {
            let files = try LintTargets.collect([global.folder.path])
            return files.isEmpty ? [.noSOPFiles(folder: global.folder.path)] : files.map { .file(path: $0) }
        } catch {
            switch error {
            case .notFound(let path):
                throw CommandFailure(SOPFolder.Failure.missingFolder(path), language: language)
            case .unreadableFolder(let path, let reason):
                throw CommandFailure(Catalog.Lint.folderUnreadable(path, reason: reason), language: language, exitCode: 2)
            }
        }
    }
}
