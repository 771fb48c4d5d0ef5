/// What the tool says about real numbering: short codes and lookups (issue 10).
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
