import ArgumentParser
import SOPCore
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
        let results = try global.loadAll()
        let errors = results.map { global.lint($0).errorCount }
        let broken = zip(results, errors).filter { $0.1 > 0 }
        let sops = zip(results, errors).filter { $0.1 == 0 }.compactMap(\.0.sop)
        if results.isEmpty {
            Console.writeError(Catalog.Document.noSOPs(global.folder.path).text(global.language) + "\n")
        } else {
            Console.write(SOPListView(sops: sops, language: global.language, terminal: global.stdout).render())
        }
        for (result, count) in broken {
            Console.writeError(Catalog.Document.sopHasErrors(result.source.path, errors: count).text(global.language) + "\n")
        }
        if !broken.isEmpty { throw ExitCode(1) }
    }
}
