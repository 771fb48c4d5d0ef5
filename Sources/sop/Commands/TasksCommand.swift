import ArgumentParser
import SOPCore
import SOPEngine
import SOPTerminal

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
        let language = global.language
        let store = try desk.openStore(language: language)
        let tasks: [TaskEntry]
        do {
            tasks = try store.tasks(roles: desk.roles)
        } catch {
            throw CommandFailure(error, language: language)
        }
        guard !tasks.isEmpty else {
            Console.write(Catalog.Listing.noTasks(desk.roles.joined(separator: ", ")).text(language) + "\n")
            return
        }
        Console.write(TasksView(tasks: tasks, now: desk.clock.now(), time: desk.time(language, try global.workCalendar()),
                                colour: global.stdout.colour).render())
    }
}
