import ArgumentParser
import SOPCore
import SOPTerminal

/// `sop show 01`: the SOP as a readable terminal document.
struct ShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "show",
            abstract: Help.text(id: "Menampilkan satu SOP: identitas dan tabel kegiatan.",
                                en: "Shows one SOP: identity and activity table."))
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: Help.argument(id: "Nomor SOP, awalan nama berkas, atau jalur berkas.",
                                  en: "SOP number, file-name prefix, or file path."))
    var sop: String

    func run() throws {
        let result = try global.resolve(sop)
        let findings = global.checkAtDesk(result)
        if let model = result.sop, !findings.hasErrors {
            Console.write(SOPDocumentView(sop: model, language: global.language, terminal: global.stdout).render())
        }
        if findings.hasErrors {
            throw CommandFailure.sopHasErrors(result.source.path, errors: findings.errorCount,
                                              language: global.language)
        }
    }
}
