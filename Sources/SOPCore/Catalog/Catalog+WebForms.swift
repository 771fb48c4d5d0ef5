/// What the web desk's forms refuse: text too long, uploads that are not what they say.
extension Catalog {
    public enum WebForms {}
}

extension Catalog.WebForms {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    private static func grouped(_ number: Int, _ separator: String) -> String {
        var digits = Array(String(number)), out = ""
        while digits.count > 3 { out = separator + String(digits.suffix(3)) + out; digits.removeLast(3) }
        return String(digits) + out
    }

    public static func tooLong(limit: Int, given: Int) -> Localized {
        both("Terlalu panjang: paling banyak \(grouped(limit, ".")) karakter; tertulis \(grouped(given, ".")).",
             "Too long: at most \(grouped(limit, ",")) characters; \(grouped(given, ",")) written.")
    }

    /// A file whose name or declared type says PDF (JPEG, PNG, text) and whose content is not.
    public static func notReally(_ filename: String, kind: String) -> Localized {
        both("Isi berkas '\(filename)' bukan \(kind) yang sebenarnya (hanya nama atau jenisnya yang \(kind)); kirim berkas PDF, gambar JPEG/PNG, atau teks yang asli.",
             "The content of '\(filename)' is not a real \(kind) (only its name or declared type is); send a genuine PDF, JPEG/PNG image, or text file.")
    }

    public static func fileNotAccepted(_ filename: String) -> Localized {
        both("Berkas '\(filename)' tidak diterima: hanya PDF, gambar JPEG/PNG, atau teks.",
             "The file '\(filename)' is not accepted: only PDF, JPEG/PNG images, or text.")
    }
}

extension Catalog.WebForms {
    /// On a phone, above a step's page: a link down to its form.
    public static let toTheForm = both("Ke isian kegiatan ↓", "To the step's form ↓")

    /// The summary above a refused form: a link to its first marked answer.
    public static let toFirstError = both("Ke isian pertama yang ditandai", "To the first marked answer")

    // The correction form's hint, for the answer chosen (its field's type).
}
