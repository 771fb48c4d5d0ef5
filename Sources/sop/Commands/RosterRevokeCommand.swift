import ArgumentParser
import SOPCore
import SOPEngine

/// `sop roster revoke OPERATOR ROLE [--sop 01]`.
struct RosterRevokeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "revoke", abstract: Help.text(
            id: "Mencabut peran dari operator (pengelola peran saja).",
            en: "Revokes a role from an operator (roster administrators only)."))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var desk: DeskOptions

    @OptionGroup var change: RosterChange.Arguments

    func run() throws {
        try RosterChange(global: global, desk: desk).apply(.revoke, operatorName: change.operatorName, role: change.role, sop: change.sop)
    }
}
