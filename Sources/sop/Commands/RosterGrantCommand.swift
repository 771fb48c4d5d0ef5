import ArgumentParser
import SOPCore
import SOPEngine

/// `sop roster grant OPERATOR ROLE [--sop 01]`.
struct RosterGrantCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "grant", abstract: Help.text(
            id: "Memberi peran kepada operator (pengelola peran saja; isian pertama: diri sendiri sebagai pengelola-peran).",
            en: "Grants a role to an operator (roster administrators only; the first entry: yourself as pengelola-peran)."))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var desk: DeskOptions

    @OptionGroup var change: RosterChange.Arguments

    func run() throws {
        try RosterChange(global: global, desk: desk).apply(.grant, operatorName: change.operatorName, role: change.role, sop: change.sop)
    }
}
