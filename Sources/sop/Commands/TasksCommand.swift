import ArgumentParser
import SOPCore

/// `sop tasks --as staf-pengaduan`: steps waiting for a role, overdue first.
struct TasksCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "tasks",
            abstract: Help.text(id: "Daftar tugas: kegiatan yang menunggu suatu peran, yang terlambat lebih dulu.",
                                en: "Worklist: steps waiting for a role, overdue first."))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var desk: DeskOptions

    func run() throws {
        // Read-only, unless the operator proves a name with a PIN: failed tries are recorded.
        let (store, identity) = try desk.openDesk(language: global.language, readOnly: true)
        if let worklist = try desk.worklist(store, global: global, identity: identity) { Console.write(worklist.view.render()) }
    }
}
