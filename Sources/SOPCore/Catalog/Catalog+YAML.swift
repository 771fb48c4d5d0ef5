/// What the YAML reader says.
extension Catalog {
    public enum YAML {
        public static func fileTooLarge(bytes: Int, limit: Int) -> Localized {
            Localized(
                id: "berkas berukuran \(bytes) byte, melebihi batas \(limit) byte untuk sebuah SOP",
                en: "file is \(bytes) bytes, above the limit of \(limit) bytes for an SOP")
        }

        public static let emptyFile = Localized(
            id: "berkas kosong: tidak ada isi SOP di dalamnya",
            en: "file is empty: there is no SOP in it")

        public static let tabIndentation = Localized(
            id: "tab dipakai untuk indentasi; YAML hanya menerima spasi",
            en: "tab used for indentation; YAML indents with spaces only")

        public static func duplicateKey(_ key: String) -> Localized {
            Localized(
                id: "kunci '\(key)' ditulis dua kali dalam pemetaan yang sama",
                en: "key '\(key)' appears twice in the same mapping")
        }

        public static let firstWrittenHere = Localized(id: "pertama ditulis di sini", en: "first written here")

        public static func anchor(_ name: String) -> Localized {
            Localized(
                id: "anchor '&\(name)' tidak diizinkan: tulis nilainya secara langsung",
                en: "anchor '&\(name)' is not allowed: write the value out in full")
        }

        public static func alias(_ name: String) -> Localized {
            Localized(
                id: "alias '*\(name)' tidak diizinkan: tulis nilainya secara langsung",
                en: "alias '*\(name)' is not allowed: write the value out in full")
        }

        public static let mergeKey = Localized(
            id: "kunci gabungan '<<' tidak diizinkan: tulis setiap kunci secara langsung",
            en: "merge key '<<' is not allowed: write each key out in full")

        public static func tag(_ tag: String) -> Localized {
            Localized(
                id: "tag '\(tag)' tidak diizinkan: setiap nilai dibaca sebagai teks apa adanya",
                en: "tag '\(tag)' is not allowed: every value is read as the text written")
        }

        public static let complexKey = Localized(
            id: "kunci harus berupa teks, bukan daftar atau pemetaan",
            en: "a key must be text, not a list or a mapping")

        public static func tooDeep(limit: Int) -> Localized {
            Localized(
                id: "susunan bertingkat lebih dari \(limit) tingkat; berkas tidak dibaca lebih lanjut",
                en: "nesting deeper than \(limit) levels; the file is not read further")
        }

        public static let multipleDocuments = Localized(
            id: "berkas hanya boleh berisi satu dokumen YAML (satu SOP per berkas)",
            en: "a file may hold one YAML document only (one SOP per file)")

        public static func tooManyProblems(_ count: Int) -> Localized {
            Localized(
                id: "terlalu banyak masalah; pembacaan dihentikan setelah \(count)",
                en: "too many problems; reading stopped after \(count)")
        }

        /// libyaml's own words, translated where we know them; its English otherwise.
        public static func syntax(_ problem: String) -> Localized {
            Localized(id: syntaxWords[problem] ?? problem, en: problem)
        }

        public static func syntaxContext(_ context: String) -> Localized {
            let id = contextWords[context].map { "\($0) yang dimulai di sini" } ?? context
            return Localized(id: id, en: "\(context) started here")
        }

        private static let syntaxWords: [String: String] = [
            "mapping values are not allowed in this context":
                "tanda ':' tidak boleh di sini (nilai pemetaan tidak diizinkan dalam konteks ini)",
            "did not find expected key": "kunci yang diharapkan tidak ditemukan (periksa indentasi)",
            "did not find expected '-' indicator": "tanda '-' yang diharapkan tidak ditemukan (periksa indentasi)",
            "found character that cannot start any token": "karakter ini tidak dapat memulai unsur YAML apa pun",
            "found unexpected end of stream": "berkas berakhir sebelum unsur ini selesai",
            "did not find expected node content": "nilai yang diharapkan tidak ditemukan",
            "could not find expected ':'": "tanda ':' yang diharapkan tidak ditemukan",
            "did not find expected ',' or ']'": "tanda ',' atau ']' yang diharapkan tidak ditemukan",
            "did not find expected ',' or '}'": "tanda ',' atau '}' yang diharapkan tidak ditemukan",
            "found unknown escape character": "karakter escape tidak dikenal",
            "block sequence entries are not allowed in this context":
                "butir daftar '-' tidak boleh di sini",
            "found unexpected ':'": "tanda ':' tidak terduga",
            "found a tab character that violates indentation": "karakter tab melanggar indentasi",
            "found a tab character that violate indentation": "karakter tab melanggar indentasi",
            "found unexpected document indicator": "penanda dokumen tidak terduga",
            "did not find expected <document start>": "awal dokumen yang diharapkan tidak ditemukan",
            "found undefined tag handle": "penanda tag tidak dikenal",
            "found incompatible YAML document": "dokumen YAML tidak cocok",
            "found duplicate %YAML directive": "direktif %YAML ganda",
            "found an incorrect leading UTF-8 octet": "byte UTF-8 awal tidak sah",
            "invalid leading UTF-8 octet": "byte UTF-8 awal tidak sah",
            "control characters are not allowed": "karakter kendali tidak diizinkan",
            "found a comment without a preceding space"
                : "komentar '#' harus didahului spasi",
            "did not find URI escaped octet": "oktet URI tidak ditemukan",
            "found extra characters at the end of the indicator": "karakter berlebih setelah penanda",
            "did not find expected comment or line break": "komentar atau akhir baris yang diharapkan tidak ditemukan",
            "found unexpected end of stream while scanning a quoted scalar": "berkas berakhir di dalam teks berkutip",
        ]

        private static let contextWords: [String: String] = [
            "while parsing a block mapping": "saat membaca pemetaan",
            "while parsing a block collection": "saat membaca daftar",
            "while parsing a flow sequence": "saat membaca daftar [ ]",
            "while parsing a flow mapping": "saat membaca pemetaan { }",
            "while scanning a simple key": "saat membaca kunci",
            "while scanning a quoted scalar": "saat membaca teks berkutip",
            "while scanning a block scalar": "saat membaca teks blok",
            "while scanning a plain scalar": "saat membaca teks",
            "while parsing a block node": "saat membaca nilai",
            "while parsing a flow node": "saat membaca nilai",
            "while scanning an anchor": "saat membaca anchor",
            "while scanning an alias": "saat membaca alias",
            "while scanning a tag": "saat membaca tag",
            "while scanning a directive": "saat membaca direktif",
            "while parsing a node": "saat membaca nilai",
            "while scanning for the next token": "saat mencari unsur berikutnya",
        ]
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
