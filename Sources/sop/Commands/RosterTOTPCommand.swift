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

    @Option(name: .customLong("issuer"), help: Help.argument(
        id: "Nama yang tampil di aplikasi autentikator (bawaan: instansi SOP unit, mis. Dinas …).",
        en: "The name the authenticator app shows (default: the unit's SOP instansi, e.g. Dinas …)."))
    var issuer: String?

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
        let url = OneTimeCode.authenticatorURL(secret: secret, operatorName: target, issuer: issuerName())
        // The address as a QR code to scan (light modules drawn: a dark terminal), then as text.
        let qr = QRCode(bytes: Array(url.utf8)).map { "\n" + Catalog.Web11.scanQR.text(language) + "\n" + $0.terminalText() } ?? ""
        Console.write(Catalog.Roster.totpSaved(target).text(language) + "\n" + url + "\n" + qr)
    }

    /// The app's entry reads as the unit ("Dinas …: kabid"), not "sop": `--issuer`, else the
    /// instansi (or unit) of the folder's first SOP that names one, else "sop".
    private func issuerName() -> String {
        if let issuer, !issuer.trimmingCharacters(in: .whitespaces).isEmpty { return String(issuer.prefix(100)) }
        let sops = (try? global.loadAll())?.compactMap(\.sop) ?? []
        for sop in sops {
            if let name = sop.identity.instansi?.value ?? sop.identity.unit?.value, !name.isEmpty { return String(name.prefix(100)) }
        }
        return "sop"
    }
}
