/// What the tool says about waktu as printed and the standard read from it (issue 10).
extension Catalog {
    public enum Waktu {
        // MARK: Loader

        public static func several(_ text: String, found: [String]) -> Localized {
            let list = found.map { "'\($0)'" }.joined(separator: ", ")
            return Localized(id: "waktu '\(text)' memuat beberapa durasi (\(list)); standar mana yang dipakai tidak dapat dipilih",
                             en: "waktu '\(text)' holds several durations (\(list)); which one is the standard cannot be chosen")
        }

        public static func stateStandard(_ example: String) -> Localized {
            Localized(id: "biarkan 'waktu' seperti dicetak dan tulis standarnya di sampingnya: 'waktu_baku: \(example)', atau bila bergantung pada kasus: 'waktu_baku: {menurut: <id keputusan atau nama isian>, jika: {<label>: <waktu>}}'",
                      en: "keep 'waktu' as printed and write the standard beside it: 'waktu_baku: \(example)', or when it depends on the case: 'waktu_baku: {menurut: <decision id or field name>, jika: {<label>: <waktu>}}'")
        }

        public static func spelledMismatch(_ text: String, digits: String, words: String) -> Localized {
            Localized(id: "waktu '\(text)': angka \(digits) dan tulisan '(\(words))' tidak sama",
                      en: "waktu '\(text)': the number \(digits) and the words '(\(words))' disagree")
        }

        public static let statedWithoutWaktu = Localized(
            id: "'waktu_baku' tanpa 'waktu': tulis juga teks waktu seperti dicetak",
            en: "'waktu_baku' without 'waktu': write the waktu as printed too")

        public static func statedUnreadable(_ text: String) -> Localized {
            Localized(id: "waktu baku '\(text)' tidak terbaca; tulis satu durasi saja, seperti '5 menit', '1 jam 30 menit', '3 hari kerja' atau '1 x 24 jam'",
                      en: "waktu_baku '\(text)' cannot be read; write one duration only, like '5 menit', '1 jam 30 menit', '3 hari kerja' or '1 x 24 jam'")
        }

        // MARK: Lint

        public static func readFromText(_ text: String, read: String, standard: String) -> Localized {
            Localized(id: "standar waktu dibaca dari teks: '\(read)' = \(standard)",
                      en: "time standard read from the text: '\(read)' = \(standard)")
        }

        public static let readFromTextHint = Localized(
            id: "bila bacaan ini salah, tulis 'waktu_baku:' di samping 'waktu'",
            en: "if this reading is wrong, write 'waktu_baku:' beside 'waktu'")

        public static func sinceUnlinked(_ text: String) -> Localized {
            Localized(id: "waktu '\(text)' dihitung sejak saat sebelumnya; tulis dari kegiatan mana dengan 'dihitung_sejak: <id kegiatan>'",
                      en: "waktu '\(text)' counts from an earlier moment; say from which step with 'dihitung_sejak: <step id>'")
        }

        public static func unknownStep(_ key: String, _ id: String, known: [String]) -> Localized {
            Localized(id: "'\(key): \(id)' tidak merujuk kegiatan mana pun; id kegiatan: \(known.joined(separator: ", "))",
                      en: "'\(key): \(id)' names no step; the step ids are: \(known.joined(separator: ", "))")
        }

        public static func notEarlier(_ key: String, _ id: String) -> Localized {
            Localized(id: "'\(key): \(id)' harus merujuk baris ini atau kegiatan sebelumnya",
                      en: "'\(key): \(id)' must name this row or an earlier step")
        }

        public static func notLater(_ id: String) -> Localized {
            Localized(id: "'gabung_sampai: \(id)' harus merujuk kegiatan sesudah baris ini",
                      en: "'gabung_sampai: \(id)' must name a step after this row")
        }

        public static func needsWaktu(_ key: String) -> Localized {
            Localized(id: "'\(key)' tanpa 'waktu' di baris ini", en: "'\(key)' without a 'waktu' on this row")
        }

        public static func mergedRowHasWaktu(_ id: String, first: String) -> Localized {
            Localized(id: "baris '\(id)' berada dalam sel waktu gabungan dari '\(first)', tetapi menulis 'waktu' sendiri",
                      en: "row '\(id)' lies inside the merged waktu cell of '\(first)' but writes its own 'waktu'")
        }

        public static func conditionalUnknownBasis(_ basis: String) -> Localized {
            Localized(id: "'menurut: \(basis)' bukan kegiatan keputusan sebelumnya maupun nama isian formulir sebelumnya",
                      en: "'menurut: \(basis)' is neither an earlier decision step nor the name of an earlier form field")
        }

        public static func conditionalUnknownValue(_ value: String, basis: String, known: [String]) -> Localized {
            Localized(id: "'\(value)' bukan label cabang atau pilihan '\(basis)'; yang ada: \(known.joined(separator: ", "))",
                      en: "'\(value)' is not a branch label or choice of '\(basis)'; there are: \(known.joined(separator: ", "))")
        }

        public static func statedDiffers(_ printed: String, read: String, stated: String) -> Localized {
            Localized(id: "waktu tercetak '\(printed)' terbaca \(read), tetapi waktu_baku \(stated); periksa mana yang benar",
                      en: "the printed waktu '\(printed)' reads as \(read), but waktu_baku says \(stated); check which is right")
        }

        // MARK: Documents

        public static func mergedRows(_ first: String, _ last: String) -> Localized {
            Localized(id: "(baris \(first)–\(last))", en: "(rows \(first)–\(last))")
        }

        public static func countedFrom(_ step: String) -> Localized {
            Localized(id: "(dihitung sejak kegiatan \(step))", en: "(counted from step \(step))")
        }

        public static func standardIs(_ text: String) -> Localized {
            Localized(id: "standar: \(text)", en: "standard: \(text)")
        }

        public static func otherwise(_ text: String) -> Localized {
            Localized(id: "lainnya: \(text)", en: "otherwise: \(text)")
        }

        public enum Summary {
            public static let several = Localized(id: "waktu tercetak memuat beberapa durasi tanpa waktu_baku", en: "printed waktu holds several durations and no waktu_baku")
            public static let spelled = Localized(id: "angka waktu dan tulisannya tidak sama", en: "waktu number and its words disagree")
            public static let statedAlone = Localized(id: "waktu_baku tanpa waktu tercetak", en: "waktu_baku without a printed waktu")
            public static let readFromText = Localized(id: "standar waktu dibaca dari kalimat (catatan)", en: "time standard read out of a sentence (note)")
            public static let sinceUnlinked = Localized(id: "waktu 'sejak …' tanpa dihitung_sejak", en: "waktu 'sejak …' without dihitung_sejak")
            public static let spanTarget = Localized(id: "dihitung_sejak atau gabung_sampai merujuk kegiatan yang salah", en: "dihitung_sejak or gabung_sampai names a wrong step")
            public static let mergedOverlap = Localized(id: "baris di dalam sel waktu gabungan menulis waktu sendiri", en: "a row inside a merged waktu cell writes its own waktu")
            public static let conditionalBasis = Localized(id: "waktu_baku menurut kasus merujuk keputusan, isian atau nilai yang tidak ada", en: "conditional waktu_baku names a decision, field or value that does not exist")
            public static let statedDiffers = Localized(id: "waktu_baku berbeda dari waktu tercetak yang terbaca", en: "waktu_baku differs from the printed waktu it reads")
        }
    }
}
