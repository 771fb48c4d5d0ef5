/// The case's service standard (`kasus: batas_layanan`): the printed Total waktu as the public
/// promise, and the lint note when the printed total and the rows' sum disagree.
extension Catalog.Waktu {
    public static func serviceStandardUnreadable(_ text: String) -> Localized {
        Localized(id: "batas_layanan '\(text)' tidak terbaca; tulis 'total' (Total waktu tercetak) atau satu durasi, seperti '3 hari kerja' atau '1 x 24 jam'",
                  en: "batas_layanan '\(text)' cannot be read; write 'total' (the printed Total waktu) or one duration, like '3 hari kerja' or '1 x 24 jam'")
    }

    public static let serviceStandardWithoutTotal = Localized(
        id: "batas_layanan: total membaca Total waktu tercetak, tetapi cetak.total_waktu tidak menulisnya; tulis Total waktu seperti dicetak (mis. 'total_waktu: 3 (tiga) hari kerja') atau durasinya di sini",
        en: "batas_layanan: total reads the printed Total waktu, but cetak.total_waktu does not write one; write the Total waktu as printed (e.g. 'total_waktu: 3 (tiga) hari kerja') or the duration here")

    public static func serviceTotalUnreadable(_ text: String) -> Localized {
        Localized(id: "batas_layanan: total tidak dapat membaca Total waktu tercetak '\(text)' sebagai satu durasi",
                  en: "batas_layanan: total cannot read the printed Total waktu '\(text)' as one duration")
    }

    public static let serviceStandardWriteDuration = Localized(
        id: "tulis durasinya sebagai batas_layanan, mis. 'batas_layanan: 3 hari kerja'; Total waktu tetap dicetak seperti ditulis",
        en: "write the duration as batas_layanan, e.g. 'batas_layanan: 3 hari kerja'; the Total waktu is still printed as written")

    /// `sop case`: the line naming the case's service standard and when it falls due.
    public static func serviceDueLine(_ due: String, standard: String) -> Localized {
        Localized(id: "Batas layanan: \(due) (\(standard) sejak kasus dimulai)",
                  en: "Service standard: \(due) (\(standard) from the case's start)")
    }

    // MARK: total-vs-rows

    public static let totalVersusRowsSummary = Localized(
        id: "Total waktu tercetak berbeda dengan jumlah waktu baris-barisnya",
        en: "the printed Total waktu differs from the sum of the rows' waktu")

    public static func totalVersusRows(printed: String, rows: String) -> Localized {
        Localized(id: "Total waktu tercetak '\(printed)' berbeda dengan jumlah waktu baris-barisnya (\(rows))",
                  en: "the printed Total waktu '\(printed)' differs from the sum of the rows' waktu (\(rows))")
    }

    public static let totalVersusRowsCaseStandard = Localized(
        id: "kasus tetap jatuh tempo menurut jalur terpanjang baris-barisnya; bila Total tercetak adalah janji layanan, tulis 'kasus: {batas_layanan: total}'; bila tidak, samakan Total atau Waktu baris",
        en: "cases still fall due by the rows' longest path; when the printed Total is the service promise, write 'kasus: {batas_layanan: total}'; otherwise make the Total and the rows' Waktu agree")

    public static let totalVersusRowsStandardSet = Localized(
        id: "kasus jatuh tempo menurut Total tercetak (batas_layanan); batas tiap kegiatan tetap dari Waktu barisnya, jadi periksa bahwa baris-barisnya muat dalam Total",
        en: "cases fall due by the printed Total (batas_layanan); each step's due time still comes from its row's Waktu, so check that the rows fit in the Total")
}
