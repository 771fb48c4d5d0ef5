import SOPCore
import SOPTerminal

/// The receipt page's own controls, outside the printed sheet: a print button (its script is
/// /static/cetak.js: no inline script), the receipt's other sizes (A4, A5, 80 mm, 58 mm) and a
/// link back to the case; all hidden on paper (/static/tanda-terima.css).
enum ReceiptControls {
    /// `unnamed`: the officers the receipt prints by login (no full name in the roster): said
    /// above the print button, so the desk asks for it before the receipt goes out.
    static func add(to html: String, caseID: String, paper: ReceiptPaper, language: Language, unnamed: [String] = []) -> String {
        let warnings = unnamed.map { "<p class=\"nama-belum\" role=\"status\">\(h(Catalog.Receipt.nameNotSet($0).text(language)))</p>" }.joined()
        let controls = """
            <link rel="stylesheet" href="/static/tanda-terima.css">
            <nav class="kontrol-tanda-terima" aria-label="\(h(Catalog.Receipt.controlsLabel.text(language)))">
              \(warnings)
              <a href="/kasus/\(segment(caseID))">\(h(Catalog.PauseAndCancel.backToCase.text(language)))</a>
              <button type="button" id="cetak">\(h(Catalog.PauseAndCancel.printReceipt.text(language)))</button>
              \(sizes(caseID: caseID, current: paper, language: language))
            </nav>
            <script src="/static/cetak.js" defer></script>

            """
        guard let end = html.range(of: "</body>", options: .backwards) else { return html + controls }
        return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: controls)
    }

    /// The paper sizes, each a link but the one shown (`aria-current`), in the order a unit
    /// reaches for them: the sheet sizes, then the receipt printer's rolls.
    static func sizes(caseID: String, current: ReceiptPaper, language: Language) -> String {
        let order: [ReceiptPaper] = [.a4, .a5, .mm80, .mm58]
        let links = order.map { paper -> String in
            let name = h(Catalog.Receipt.paperName(paper.rawValue).text(language))
            if paper == current { return "<li><span aria-current=\"page\">\(name)</span></li>" }
            return "<li><a href=\"/kasus/\(segment(caseID))/tanda-terima?ukuran=\(paper.rawValue)\">\(name)</a></li>"
        }.joined()
        return "<div class=\"ukuran\"><span id=\"ukuran-label\">\(h(Catalog.Receipt.paperSizes.text(language)))</span>"
            + "<ul aria-labelledby=\"ukuran-label\">\(links)</ul></div>"
    }

    static let script = """
        (function () {
          var button = document.getElementById('cetak');
          if (button) { button.addEventListener('click', function () { window.print(); }); }
        })();
        """

    static let css = """
        .kontrol-tanda-terima .nama-belum { flex-basis: 100%; margin: 0; padding: .5rem .7rem; background: #fff4d6; border: 1px solid #d9a400; border-radius: 4px; }
        .kontrol-tanda-terima { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; margin: 1rem auto; max-width: 190mm; font-family: "DejaVu Sans", Arial, sans-serif; }
        .kontrol-tanda-terima button { padding: .5rem 1rem; font-size: 1rem; border: 0; border-radius: 4px; background: #0b5cad; color: #fff; cursor: pointer; }
        .kontrol-tanda-terima .ukuran { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
        .kontrol-tanda-terima .ukuran ul { display: flex; flex-wrap: wrap; gap: .4rem; list-style: none; margin: 0; padding: 0; }
        .kontrol-tanda-terima .ukuran a, .kontrol-tanda-terima .ukuran span[aria-current] { display: inline-block; padding: .3rem .6rem; border: 1px solid #0b5cad; border-radius: 4px; }
        .kontrol-tanda-terima .ukuran span[aria-current] { background: #0b5cad; color: #fff; font-weight: bold; }
        @media print { .kontrol-tanda-terima { display: none; } }
        """
}
