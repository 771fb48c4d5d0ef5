/// Messages of the printed document around the flow drawing (issue 10): identity sections as
/// printed, the QR code of an electronic signature and its page foot, table headings.
extension Catalog {
    public enum Print4 {
        public static func sectionUnprintedHasItems(_ key: String) -> Localized {
            Localized(id: "bagian '\(key)' ditulis 'tidak_dicetak' tetapi berisi butir: butirnya tidak akan dicetak; hapus butirnya atau hapus '\(key)' dari 'tidak_dicetak'",
                      en: "section '\(key)' is listed in 'tidak_dicetak' but has items: they would not be printed; remove the items or remove '\(key)' from 'tidak_dicetak'")
        }

        public static func sectionBlankHasItems(_ key: String) -> Localized {
            Localized(id: "bagian '\(key)' ditulis 'kosong' tetapi berisi butir; hapus salah satunya",
                      en: "section '\(key)' is listed in 'kosong' but has items; remove one of the two")
        }

        public static func sectionBothUnprintedAndBlank(_ key: String) -> Localized {
            Localized(id: "bagian '\(key)' ditulis 'tidak_dicetak' dan juga 'kosong': tidak dicetak sama sekali, atau dicetak kosong?",
                      en: "section '\(key)' is in both 'tidak_dicetak' and 'kosong': not printed at all, or printed empty?")
        }

        public static func settingForUnprintedSection(_ setting: String, _ key: String) -> Localized {
            Localized(id: "'\(setting)' untuk bagian '\(key)' yang tidak dicetak ('tidak_dicetak') tidak berpengaruh",
                      en: "'\(setting)' for section '\(key)', which is not printed ('tidak_dicetak'), has no effect")
        }

        public static let labelForUnprintedHeading = Localized(
            id: "'label: {pelaksana: …}' tidak dicetak karena 'judul_pelaksana: tidak'",
            en: "'label: {pelaksana: …}' is not printed because of 'judul_pelaksana: tidak'")

        public static func qrMissing(_ path: String) -> Localized {
            Localized(id: "kode QR '\(path)' tidak ada; letakkan berkas gambarnya di samping berkas SOP",
                      en: "QR code '\(path)' does not exist; put the image file beside the SOP file")
        }

        public static func qrNotAnImage(_ path: String) -> Localized {
            Localized(id: "kode QR '\(path)' bukan gambar PNG, JPEG, GIF atau SVG", en: "QR code '\(path)' is not a PNG, JPEG, GIF or SVG image")
        }

        public static func qrTooLarge(_ path: String) -> Localized {
            Localized(id: "kode QR '\(path)' lebih dari 2 MiB", en: "QR code '\(path)' is larger than 2 MiB")
        }

        public static let qrWithoutElectronic = Localized(
            id: "'kode_qr' tanpa 'tanda_tangan: elektronik': kode QR dicetak untuk tanda tangan elektronik",
            en: "'kode_qr' without 'tanda_tangan: elektronik': a QR code is printed for an electronic signature")

        public static let footWithoutText = Localized(
            id: "'keterangan_di' tanpa 'keterangan_elektronik': tidak ada teks untuk dicetak",
            en: "'keterangan_di' without 'keterangan_elektronik': there is no text to print")

        public enum Summary {
            public static let printedSection = Localized(
                id: "bagian identitas 'tidak_dicetak' atau 'kosong' yang berisi butir", en: "identity section in 'tidak_dicetak' or 'kosong' that has items")
            public static let unprintedSetting = Localized(
                id: "pengaturan cetak untuk bagian atau judul yang tidak dicetak", en: "printing setting for a section or heading that is not printed")
            public static let qrCode = Localized(id: "kode QR tidak ada atau bukan gambar", en: "QR code missing or not an image")
        }
    }
}
