/// What the language says about SOPs typed as signed (tester 10: waktu with minute marks,
/// schedules, YAML typing hints).
extension Catalog {
    public enum Lang10 {
        public enum Summary {
            public static let waktuSchedule = Localized(
                id: "waktu berupa jadwal (mis. 'Setiap hari Senin'): tanpa batas waktu, tidak pernah dinilai terlambat",
                en: "waktu that is a schedule (e.g. 'Setiap hari Senin'): no deadline, never judged late")
        }

        public static func schedule(_ text: String) -> Localized {
            Localized(id: "waktu '\(text)' adalah jadwal, bukan lama kegiatan: kegiatan ini tanpa batas waktu dan tidak pernah dinilai terlambat",
                      en: "waktu '\(text)' is a schedule, not a duration: this step has no deadline and is never judged late")
        }

        public static let scheduleHint = Localized(
            id: "bila kegiatan ini punya standar, tulis di samping 'waktu': 'waktu_baku: 1 hari kerja' (teks waktu tetap dicetak seperti adanya)",
            en: "if this step has a standard, write it beside 'waktu': 'waktu_baku: 1 hari kerja' (the waktu is still printed as typed)")

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

        /// The fix-it note under an unreadable waktu: the standard read from the suggested
        /// text, a placeholder when none is read, never a fixed example.
        public static func orStateStandard(_ standard: String?) -> Localized {
            Localized(id: "bila teks ini memang seperti dicetak, biarkan dan tulis standarnya di sampingnya: 'waktu_baku: \(standard ?? "<durasi>")'",
                      en: "if this text is as printed, keep it and write the standard beside it: 'waktu_baku: \(standard ?? "<duration>")'")
        }
    }
}
