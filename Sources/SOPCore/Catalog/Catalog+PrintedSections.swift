/// Identity sections as printed: a section not printed or printed blank that has items, settings
/// for a section that is not printed.
extension Catalog {
    public enum PrintedSections {}
}

extension Catalog.PrintedSections {
    public enum Summary {
        public static let printedSection = Localized(
            id: "bagian identitas 'tidak_dicetak' atau 'kosong' yang berisi butir", en: "identity section in 'tidak_dicetak' or 'kosong' that has items")
        public static let unprintedSetting = Localized(
            id: "pengaturan cetak untuk bagian atau judul yang tidak dicetak", en: "printing setting for a section or heading that is not printed")
    }
}

extension Catalog.PrintedSections {
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
}
