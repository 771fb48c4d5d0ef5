/// What the loader says, beside a refusal, about writing a real SOP's cells (issue 10, branch
/// lang5): what to write instead of what was typed.
extension Catalog {
    public enum Lang5 {
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
    }
}
