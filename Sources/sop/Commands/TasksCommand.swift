import ArgumentParser
import SOPCore
import SOPEngine
import SOPModel

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
        guard let worklist = try desk.worklist(store, global: global, identity: identity) else { return }
        Console.write(worklist.view.render())
        // A row the SOP marks `kolektif: ya` waiting in several cases: the command that completes
        // them at once (tester 28, F6).
        let sops = ((try? global.loadAll()) ?? []).compactMap(\.sop)
        for waiting in CollectiveWaiting.of(worklist.tasks, sops: sops) {
            let label = waiting.step.number ?? waiting.step.id.value
            let reference = waiting.sop.shortCode ?? waiting.sop.nomor
            Console.write(Catalog.Collective.worklistHint(label, count: waiting.count, command: "sop kolektif \(reference) --kegiatan \(label)"
                + Catalog.Desk.deskArguments(roles: desk.roles, operatorName: desk.operatorArgument))
                .text(global.language) + "\n")
        }
    }
}
