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

extension Catalog.YAML {
    /// A note beside libyaml's own words, for the problems officials meet copying cells.
    public static func syntaxHint(_ problem: String) -> Localized? {
        switch problem {
        case "mapping values are not allowed in this context", "found unexpected ':'":
            Localized(id: "teks yang memuat ': ' ditulis dalam tanda kutip: uraian: \"Syarat: KTP dan KK\"",
                      en: "a text holding ': ' is written in quotes: uraian: \"Syarat: KTP dan KK\"")
        case "did not find expected ',' or '}'", "did not find expected ',' or ']'":
            Localized(id: "di dalam { } dan [ ] teks yang memuat ',', ':', '[' atau tanda kutip ditulis dalam tanda kutip (\"Berkas A, B\"), atau tulis kuncinya di baris sendiri",
                      en: "inside { } and [ ] a text holding ',', ':', '[' or a quote is written in quotes (\"Berkas A, B\"), or write the key on its own line")
        case "found character that cannot start any token":
            Localized(id: "teks yang dimulai dengan '@', '`', '%' atau '|' ditulis dalam tanda kutip",
                      en: "a text starting with '@', '`', '%' or '|' is written in quotes")
        default:
            nil
        }
    }

    /// Beside an unknown key that is the rest of a text a comma inside { } cut off.
    public static func splitAtComma(_ key: String, _ text: String) -> Localized {
        let text = Catalog.Faults.shortened(text)
        return Localized(id: "tanda ',' di dalam { } mengakhiri teks '\(key)'; tulis dalam tanda kutip: \(key): \"\(text)\"",
                         en: "the ',' inside { } ended the text of '\(key)'; write it in quotes: \(key): \"\(text)\"")
    }

    /// Beside "'key' must be text, found a list".
    public static func listWhereText(_ key: String) -> Localized {
        switch key {
        case "lanjut":
            return Localized(id: "'lanjut' menuju satu kegiatan; ke beberapa sekaligus tulis paralel: [5, 6], ke salah satunya tulis keputusan dengan cabang",
                             en: "'lanjut' goes to one step; to several at once write paralel: [5, 6], to one of them a keputusan with cabang")
        case "pelaksana":
            return Localized(id: "satu pelaksana per kegiatan; pelaksana lain yang ikut ditulis di terlibat: [...]",
                             en: "one performer per step; the others taking part go in terlibat: [...]")
        default:
            break
        }
        return Localized(id: "tulis sebagai satu teks: \(key): \"A, B\"; teks beberapa baris ditulis sebagai blok: \(key): |- lalu tiap baris di bawahnya",
                  en: "write one text: \(key): \"A, B\"; a text of several lines is a block: \(key): |- then each line below it")
    }

    /// Beside "'key' must be a list, found text".
    public static func textWhereList(_ key: String, _ value: String) -> Localized {
        let value = Catalog.Faults.shortened(value)
        return Localized(id: "tulis sebagai daftar: \(key): [\"\(value)\"], atau tiap butir di barisnya sendiri diawali '- '",
                         en: "write it as a list: \(key): [\"\(value)\"], or each item on its own line starting with '- '")
    }

    /// Beside "'key' must be text, found a mapping" (a text with ': ' inside { }).
    public static func mappingWhereText(_ key: String) -> Localized {
        Localized(id: "teks yang memuat ': ' ditulis dalam tanda kutip: \(key): \"…: …\"",
                  en: "a text holding ': ' is written in quotes: \(key): \"…: …\"")
    }

    /// A word for yes or no the language does not read: which of the two to write.
    public static func booleanWord(_ value: String) -> String? {
        var word = value.lowercased()
        while let last = word.last, last == "." || last == " " { word.removeLast() }
        while word.first == " " { word.removeFirst() }
        if ["iya", "yes", "yup", "benar", "betul", "wajib", "perlu", "ada", "on", "1", "ok", "oke", "dicetak"].contains(word) {
            return "ya"
        }
        if ["tdk", "no", "nope", "salah", "bukan", "tidak wajib", "tidak perlu", "tidak ada", "off", "0", "enggak", "nggak", "tak",
            "gak", "opsional", "tidak dicetak"].contains(word) {
            return "tidak"
        }
        return nil
    }

    /// Beside libyaml's "did not find expected node content" at a '- ' inside [ ].
    public static let dashInFlowList = Localized(
        id: "butir yang dicetak dengan tanda '- ' di dalam [ ] ditulis dalam tanda kutip: [\"- Formulir\"], atau tulis daftarnya sebagai blok, tiap butir di barisnya sendiri: - \"- Formulir\"",
        en: "an item printed with '- ' inside [ ] is written in quotes: [\"- Formulir\"], or write the list as a block, each item on its own line: - \"- Formulir\"")

    public static func indentedDeeper(line: Int, column: Int, key: String, above: String, aboveLine: Int, aboveColumn: Int) -> Localized {
        Localized(id: "baris \(line) menjorok lebih dalam (kolom \(column)) daripada kunci '\(above)' di baris \(aboveLine) (kolom \(aboveColumn)); bila '\(key)' setingkat dengan '\(above)', tulis lurus di bawahnya, di kolom \(aboveColumn)",
                  en: "line \(line) is indented deeper (column \(column)) than the key '\(above)' on line \(aboveLine) (column \(aboveColumn)); if '\(key)' is its sibling, write it straight under it, at column \(aboveColumn)")
    }

    public static func indentedShallower(line: Int, column: Int, key: String, above: String, aboveLine: Int, aboveColumn: Int) -> Localized {
        Localized(id: "baris \(line) menjorok kurang dalam (kolom \(column)) daripada kunci '\(above)' di baris \(aboveLine) (kolom \(aboveColumn)); bila '\(key)' setingkat dengan '\(above)', tulis lurus di bawahnya, di kolom \(aboveColumn)",
                  en: "line \(line) is indented less deep (column \(column)) than the key '\(above)' on line \(aboveLine) (column \(aboveColumn)); if '\(key)' is its sibling, write it straight under it, at column \(aboveColumn)")
    }

    public static let qrOnlyHint = Localized(
        id: "bila halaman bertanda tangan hanya mencetak kode QR (tanpa teks), tulis 'kode_qr: <berkas gambar>' atau, tanpa gambarnya, 'kode_qr: ya'",
        en: "if the signed page prints only a QR code (no text), write 'kode_qr: <image file>' or, without its image, 'kode_qr: ya'")
}
