/// The words of `sop render`: labels of the printed document that `Catalog.Document` does not
/// already hold, and what the renderer says about problems.
extension Catalog {
    public enum Render {
        public static let mutuBaku = Localized(id: "Mutu Baku", en: "Quality standard")
        public static let keterangan = Localized(id: "Keterangan", en: "Remarks")
        public static let selesai = Localized(id: "Selesai", en: "End")
        public static let wajib = Localized(id: "wajib", en: "required")
        public static let flowchart = Localized(id: "Diagram alir", en: "Flowchart")
        public static let identitas = Localized(id: "Identitas", en: "Identity")
        public static let alur = Localized(id: "Alur", en: "Flow")

        public static func page(_ number: Int, of total: Int) -> Localized {
            Localized(id: "Halaman \(number) dari \(total)", en: "Page \(number) of \(total)")
        }

        public static func continuesOnPage(_ page: Int, step: String) -> Localized {
            Localized(id: "berlanjut ke langkah \(step) di halaman \(page)", en: "continues at step \(step) on page \(page)")
        }

        public static func continuedFromPage(_ page: Int) -> Localized {
            Localized(id: "lanjutan dari halaman \(page)", en: "continued from page \(page)")
        }

        public static func unknownFormat(_ value: String) -> Localized {
            Localized(id: "format '\(value)' tidak dikenal; pilihannya: html, svg, mermaid, dot, markdown, pdf",
                      en: "unknown format '\(value)'; the choices are: html, svg, mermaid, dot, markdown, pdf")
        }

        public static func cannotWrite(_ path: String, reason: String) -> Localized {
            Localized(id: "tidak dapat menulis '\(path)': \(reason)", en: "cannot write '\(path)': \(reason)")
        }

        public static let chromiumMissing = Localized(
            id: "PDF dicetak lewat Chromium tanpa layar, tetapi chromium, chromium-browser maupun google-chrome tidak ditemukan di PATH; pasang dengan 'apt-get install chromium' (Debian/Ubuntu), atau buat HTML dengan 'sop render … -o sop.html' lalu cetak dari peramban ke PDF (A4 lanskap)",
            en: "PDF is printed through headless Chromium, but none of chromium, chromium-browser or google-chrome is on PATH; install it with 'apt-get install chromium' (Debian/Ubuntu), or write the HTML with 'sop render … -o sop.html' and print it from a browser to PDF (A4 landscape)")

        public static func chromiumFailed(_ browser: String, status: Int32, detail: String) -> Localized {
            Localized(id: "\(browser) gagal mencetak PDF (kode \(status))\(detail.isEmpty ? "" : ": " + detail)",
                      en: "\(browser) failed to print the PDF (status \(status))\(detail.isEmpty ? "" : ": " + detail)")
        }

        public static func chromiumTooSlow(_ browser: String, seconds: Int) -> Localized {
            Localized(id: "\(browser) tidak selesai mencetak PDF dalam \(seconds) detik dan dihentikan",
                      en: "\(browser) did not finish printing the PDF within \(seconds) seconds and was stopped")
        }

        public static let pdfToTerminal = Localized(
            id: "PDF adalah berkas biner; tulis ke berkas dengan -o BERKAS.pdf atau alihkan keluaran (> BERKAS.pdf)",
            en: "a PDF is a binary file; write it with -o FILE.pdf or redirect the output (> FILE.pdf)")
    }
}
