import ArgumentParser
import SOPCore
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
        var counts: [String: (nomor: String, step: String, count: Int)] = [:]
        var order: [String] = []
        for task in worklist.tasks where task.status == .open {
            let key = task.nomor + "\u{1F}" + task.entry.step
            if counts[key] == nil { order.append(key) }
            counts[key, default: (task.nomor, task.entry.step, 0)].count += 1
        }
        for key in order {
            guard let (nomor, step, count) = counts[key], count > 1,
                let sop = sops.first(where: { $0.nomor == nomor }), let row = sop.step(step), row.isCollective
            else { continue }
            let label = row.number ?? step
            let reference = sop.shortCode ?? nomor
            Console.write(Catalog.Collective.worklistHint(label, count: count, command: "sop kolektif \(reference) --kegiatan \(label)"
                + Catalog.Desk.deskArguments(roles: desk.roles, operatorName: desk.operatorArgument))
                .text(global.language) + "\n")
        }
    }
}
