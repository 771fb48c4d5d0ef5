/// An intro line of a Kelengkapan cell (a line ending in ':' that is printed, never asked).
extension Catalog {
    public enum IntroLines {}
}

extension Catalog.IntroLines {
    public static let introAskedSummary = Localized(
        id: "butir kelengkapan berakhiran ':' yang akan ditanyakan seperti persyaratan",
        en: "a kelengkapan item ending in ':' that would be asked as a requirement")

    public static func introAsked(_ text: String) -> Localized {
        Localized(id: "butir '\(text)' berakhiran ':' dan diikuti butir lain: bila ini kalimat pengantar sel, tulis {pengantar: \"\(text)\"} (dicetak apa adanya, tidak ditanyakan); sebagai butir biasa, meja layanan menanyakannya seperti persyaratan",
                  en: "item '\(text)' ends in ':' and other items follow: if it is the cell's intro line, write {pengantar: \"\(text)\"} (printed as written, never asked); as a plain item the desk asks it as a requirement")
    }
}
