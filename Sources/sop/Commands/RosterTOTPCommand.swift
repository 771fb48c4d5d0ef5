import ArgumentParser
import Foundation
import SOPCore
import SOPEngine
import SOPServer
import SOPStore

/// `sop roster totp NAME`: enrols an operator (a head of unit, say) for one-time codes at the
/// web desk's login. Only a roster administrator; the new secret replaces an old one.
struct RosterTOTPCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "totp",
            abstract: Help.text(id: "Daftarkan kode satu kali (TOTP) untuk masuk ke meja web (pengelola peran).",
                                en: "Enrol one-time codes (TOTP) for logging in to the web desk (roster administrator)."))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var desk: DeskOptions

    @Argument(help: Help.argument(id: "Operator.", en: "Operator."))
    var target: String

    func run() throws {
        let language = global.language
        guard RosterChange.validName(target) else { throw CommandFailure(Catalog.Roster.badName(target), language: language, exitCode: 2) }
        let store = try desk.openStore(language: language)
        guard let codes = store as? TOTPStore else { throw CommandFailure(Catalog.Roster.totpUnsupported, language: language, exitCode: 2) }
        let identity = try DeskIdentity.identify(desk, store: store, language: language)
        guard identity.roster.isAdmin(identity.name) else {
            throw CommandFailure(Catalog.Roster.totpNeedsAdmin(target), language: language, exitCode: 1)
        }
        let secret = OneTimeCode.newSecret()
        do {
            try codes.saveTOTP(TOTPRecord(operatorName: target, secret: secret, setAt: desk.clock.now(), setBy: identity.name))
        } catch {
            throw CommandFailure(error, language: language)
        }
        Console.write(Catalog.Roster.totpSaved(target).text(language) + "\n"
            + OneTimeCode.authenticatorURL(secret: secret, operatorName: target, issuer: "sop") + "\n")
    }
}
