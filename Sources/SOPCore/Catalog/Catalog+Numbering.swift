/// What the tool says about real numbering: short codes and lookups.
extension Catalog {
    public enum Numbering {
        public static func shortCodeDuplicate(_ code: String, file: String) -> Localized {
            Localized(id: "berkas '\(file)' berkode pendek '\(code)', sama dengan berkas lain di folder ini; 'sop run \(code)' tidak dapat memilih di antara keduanya",
                      en: "file '\(file)' has the short code '\(code)', like another file of this folder; 'sop run \(code)' cannot choose between them")
        }

        public static let otherFile = Localized(id: "berkas lain dengan kode pendek ini", en: "the other file with this short code")

        public static func caseNotFound(_ typed: String) -> Localized {
            Localized(id: "kasus '\(typed)' tidak ada", en: "no case '\(typed)'")
        }

        public enum Summary {
            public static let shortCodeDuplicate = Localized(id: "dua berkas SOP dengan kode pendek sama dalam satu folder", en: "two SOP files with the same short code in one folder")
        }
    }
}

extension Catalog {
    /// A printed date that says nothing ("" or "-"): sentences leave it out rather than print
    /// "revisi  (…)" or "revisi - (…)".
    public static func isBlankDate(_ text: String) -> Bool {
        text.allSatisfy { $0 == "-" || $0 == "–" || $0 == "—" || $0.isWhitespace }
    }
}

/// What the tool says about the identity as printed.
extension Catalog {
    public enum Printed {
        public static func logoMissing(_ path: String) -> Localized {
            Localized(id: "logo '\(path)' tidak ada; letakkan berkas gambarnya di samping berkas SOP", en: "logo '\(path)' does not exist; put the image file beside the SOP file")
        }

        public static func logoNotAnImage(_ path: String) -> Localized {
            Localized(id: "logo '\(path)' bukan gambar PNG, JPEG, GIF atau SVG", en: "logo '\(path)' is not a PNG, JPEG, GIF or SVG image")
        }

        public static func logoTooLarge(_ path: String) -> Localized {
            Localized(id: "logo '\(path)' lebih dari 2 MiB", en: "logo '\(path)' is larger than 2 MiB")
        }

        public static let electronicWithoutText = Localized(
            id: "tanda tangan elektronik tanpa 'keterangan_elektronik': tulis teks lembaga sertifikasi seperti dicetak",
            en: "electronic signature without 'keterangan_elektronik': write the certifying body's text as printed")

        public static let textWithoutElectronic = Localized(
            id: "'keterangan_elektronik' tanpa 'tanda_tangan: elektronik'",
            en: "'keterangan_elektronik' without 'tanda_tangan: elektronik'")

        public static let signedElectronically = Localized(id: "Ditandatangani secara elektronik", en: "Signed electronically")

        public enum Summary {
            public static let logo = Localized(id: "logo tidak ada atau bukan gambar", en: "logo missing or not an image")
            public static let signature = Localized(id: "tanda tangan elektronik tanpa teksnya, atau sebaliknya", en: "electronic signature without its text, or the other way round")
        }
    }
}
