import ArgumentParser
import SOPCore
import SOPModel
import SOPTerminal

/// `sop list`: every SOP in the SOP folder.
struct ListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list",
            abstract: Help.text(id: "Mendaftar semua SOP di folder SOP.", en: "Lists every SOP in the SOP folder."))
    }

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let all = try global.loadAll()
        // A file that cannot be read (a FIFO, a folder named *.yaml) is named with the message
        // every command gives, and the others are listed: exit 2 at the end.
        let unreadable = all.compactMap { $0.diagnostics.first { $0.code == FileReader.Code.unreadable } }
        let results = all.filter { !$0.diagnostics.contains { $0.code == FileReader.Code.unreadable } }
        let errors = results.map { global.lint($0).errorCount }
        let broken = zip(results, errors).filter { $0.1 > 0 }
        let sops = zip(results, errors).filter { $0.1 == 0 }.compactMap(\.0.sop)
        if all.isEmpty {
            Console.writeError(Catalog.Document.noSOPs(global.folder.path).text(global.language) + "\n")
        } else {
            Console.write(SOPListView(sops: sops, language: global.language, terminal: global.stdout).render())
        }
        for (result, count) in broken {
            Console.writeError(Catalog.Document.sopHasErrors(result.source.path, errors: count).text(global.language) + "\n")
        }
        for diagnostic in unreadable { Console.error(diagnostic.message.text(global.language)) }
        if !unreadable.isEmpty { throw ExitCode(2) }
        if !broken.isEmpty { throw ExitCode(1) }
    }
}
