import SOPCore

/// The receipt page's own controls, outside the printed sheet: a print button (its script is
/// /static/cetak.js: no inline script) and a link back to the case; both hidden on paper
/// (/static/tanda-terima.css).
enum ReceiptControls {
    /// `unnamed`: the officers the receipt prints by login (no full name in the roster): said
    /// above the print button, so the desk asks for it before the receipt goes out.
    static func add(to html: String, caseID: String, language: Language, unnamed: [String] = []) -> String {
        let warnings = unnamed.map { "<p class=\"nama-belum\" role=\"status\">\(h(Catalog.Receipt.nameNotSet($0).text(language)))</p>" }.joined()
        let controls = """
            <link rel="stylesheet" href="/static/tanda-terima.css">
            <nav class="kontrol-tanda-terima">
              \(warnings)
              <a href="/kasus/\(segment(caseID))">\(h(Catalog.PauseAndCancel.backToCase.text(language)))</a>
              <button type="button" id="cetak">\(h(Catalog.PauseAndCancel.printReceipt.text(language)))</button>
            </nav>
            <script src="/static/cetak.js" defer></script>

            """
        guard let end = html.range(of: "</body>", options: .backwards) else { return html + controls }
        return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: controls)
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
        @media print { .kontrol-tanda-terima { display: none; } }
        """
}
