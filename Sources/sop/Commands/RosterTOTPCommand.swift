import ArgumentParser
import Foundation
import SOPCore
import SOPEngine
import SOPModel
import SOPServer
import SOPStore

/// `sop roster totp NAME`: enrols an operator (a head of unit, say) for one-time codes at the
/// web desk's login. Only a roster administrator. Over an existing enrolment it stops and says
/// so unless `--ganti` (the old authenticator then stops working); `--hapus` removes the
/// enrolment (a lost phone: the operator logs in with the PIN alone until enrolled again).
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

    @Flag(name: .customLong("ganti"), help: Help.argument(
        id: "Ganti pendaftaran yang ada (ponsel baru): aplikasi autentikator lama tidak berlaku lagi.",
        en: "Replace an existing enrolment (a new phone): the old authenticator stops working."))
    var replace = false

    @Flag(name: .customLong("hapus"), help: Help.argument(
        id: "Hapus pendaftaran kode satu kali (ponsel hilang): operator masuk dengan PIN saja sampai didaftarkan lagi.",
        en: "Remove the one-time-code enrolment (a lost phone): the operator logs in with the PIN alone until enrolled again."))
    var remove = false

    func run() throws {
        let language = global.language
        guard !(remove && replace) else { throw CommandFailure(Catalog.Roster.notTogether("--hapus", "--ganti"), language: language, exitCode: 2) }
        let (access, store, admin, roster) = try RosterAdmin.open(desk, target: target, language: language,
                                                                  refusal: Catalog.Roster.totpNeedsAdmin(target))
        guard let codes = store as? TOTPStore else { throw CommandFailure(Catalog.Roster.totpUnsupported, language: language, exitCode: 2) }
        if remove {
            let removed = try RosterAdmin.run(language) { () throws(StoreError) in try access.removeTOTP(of: target) }
            if !removed { try RosterAdmin.refuseUnknown(target, store: store, roster: roster, language: language) }
            Console.write(Catalog.OneTimeCodes.totpRemoved(target, removed: removed).text(language) + "\n")
            return
        }
        let existing = try RosterAdmin.run(language) { () throws(StoreError) in try codes.totp(of: target) }
        if let existing, !replace {
            let time = TimeText(language: language, timeZone: (try? global.workCalendar())?.timeZone ?? WorkCalendar.jakarta)
            throw CommandFailure(Catalog.OneTimeCodes.totpAlreadyEnrolled(target, since: time.dateTime(existing.setAt), by: existing.setBy),
                                 language: language, exitCode: 1)
        }
        let secret = OneTimeCode.newSecret()
        try RosterAdmin.run(language) { () throws(StoreError) in
            try codes.saveTOTP(TOTPRecord(operatorName: target, secret: secret, setAt: desk.clock.now(), setBy: admin))
        }
        let url = OneTimeCode.authenticatorURL(secret: secret, operatorName: target, issuer: issuerName())
        // The address as a QR code to scan (light modules drawn: a dark terminal), then as text.
        let qr = QRCode(bytes: Array(url.utf8)).map { "\n" + Catalog.OneTimeCodes.scanQR.text(language) + "\n" + $0.terminalText() } ?? ""
        let replaced = existing == nil ? "" : Catalog.OneTimeCodes.totpReplaced(target).text(language) + "\n"
        Console.write(replaced + Catalog.Roster.totpSaved(target).text(language) + "\n" + url + "\n" + qr)
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
