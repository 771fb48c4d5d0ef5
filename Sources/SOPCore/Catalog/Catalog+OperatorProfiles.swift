/// Operators' full names and NIP on receipts (`sop roster nama`).
extension Catalog {
    public enum OperatorProfiles {}
}

extension Catalog.OperatorProfiles {
    public static let badFullName = Localized(
        id: "nama lengkap wajib diisi, satu baris, paling banyak 120 karakter",
        en: "the full name is required, on one line, at most 120 characters")

    public static func badNIP(_ nip: String) -> Localized {
        let refusal = Localized(id: "NIP '\(nip)' tidak sah: NIP terdiri dari 18 angka", en: "NIP '\(nip)' is not valid: a NIP has 18 digits")
        // Typed as printed without quotes, the shell cuts the NIP at its first space (tester 29, F8).
        guard !nip.contains(" "), nip.count < 18, nip.allSatisfy({ $0.isASCII && $0.isNumber }) else { return refusal }
        return refusal + Localized(
            id: "; NIP yang ditulis dengan spasi diapit tanda kutip: --nip \"19880512 201101 2 003\"",
            en: "; a NIP written with spaces goes in quotes: --nip \"19880512 201101 2 003\"")
    }

    public static let profilesUnsupported = Localized(
        id: "penyimpanan ini tidak menyimpan nama lengkap operator", en: "this store keeps no operators' full names")

    public static func profileNeedsAdmin(_ name: String) -> Localized {
        Localized(id: "hanya pemegang peran 'pengelola-peran' yang mengatur nama lengkap dan NIP operator; '\(name)' tidak memegangnya",
                  en: "only holders of the role 'pengelola-peran' set operators' full names and NIP; '\(name)' does not hold it")
    }

    public static func profileSaved(_ login: String, name: String, nip: String) -> Localized {
        let shown = nip.isEmpty ? name : "\(name), NIP \(nip)"
        // A name that ends in a title's full stop ("S.H.") ends the sentence too.
        let end = shown.hasSuffix(".") ? "" : "."
        return Localized(id: "Nama di tanda terima untuk \(login): \(shown)\(end)", en: "Name on receipts for \(login): \(shown)\(end)")
    }
}
