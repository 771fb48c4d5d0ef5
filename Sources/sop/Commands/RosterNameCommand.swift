import ArgumentParser
import SOPCore
import SOPEngine

/// `sop roster nama OPERATOR --nama "Budi Santoso" [--nip 198501012010011001]`: the full name and
/// NIP official papers print for a login (the receipt's officers and signature line). Set by a
/// role administrator (anyone while the roster is empty); on PostgreSQL the server checks it again.
struct RosterNameCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "nama", abstract: Help.text(
            id: "Mengatur nama lengkap dan NIP operator untuk tanda terima (pengelola peran saja).",
            en: "Sets an operator's full name and NIP for receipts (roster administrators only)."))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var desk: DeskOptions

    @Argument(help: Help.argument(id: "Nama login operator.", en: "The operator's login name."))
    var target: String

    @Option(name: .customLong("nama"), help: Help.argument(id: "Nama lengkap, mis. \"Budi Santoso, S.Sos.\".",
                                                           en: "Full name, e.g. \"Budi Santoso, S.Sos.\"."))
    var fullName: String

    @Option(name: .customLong("nip"), help: Help.argument(id: "NIP (18 angka), bila ada.", en: "NIP (18 digits), if any."))
    var nip: String?

    func validate() throws {
        let language = global.language
        guard RosterChange.validName(target) else { throw ValidationError(Catalog.Roster.badName(target).text(language)) }
        let name = fullName.trimmingWhitespace()
        guard !name.isEmpty, name.count <= 120, !name.contains(where: { $0.isNewline }) else {
            throw ValidationError(Catalog.OperatorProfiles.badFullName.text(language))
        }
        if let nip, !OperatorProfile.validNIP(nip.filter { $0 != " " }) { throw ValidationError(Catalog.OperatorProfiles.badNIP(nip).text(language)) }
    }

    func run() throws {
        let language = global.language
        let (store, identity) = try desk.openDesk(language: language)
        guard let profiles = store as? OperatorProfileStore else {
            throw CommandFailure(Catalog.OperatorProfiles.profilesUnsupported, language: language, exitCode: 2)
        }
        if identity.roster.isEnforced, !identity.roster.isAdmin(identity.name) {
            throw CommandFailure(Catalog.OperatorProfiles.profileNeedsAdmin(identity.name), language: language, exitCode: 1)
        }
        let profile = OperatorProfile(operatorName: target, fullName: fullName.trimmingWhitespace(),
                                      nip: (nip ?? "").filter { $0 != " " }, setAt: desk.clock.now(), setBy: identity.name)
        do {
            try profiles.saveOperatorProfile(profile)
        } catch {
            throw CommandFailure(error, language: language)
        }
        Console.write(Catalog.OperatorProfiles.profileSaved(target, name: profile.fullName, nip: profile.printedNIP).text(language) + "\n")
    }
}
