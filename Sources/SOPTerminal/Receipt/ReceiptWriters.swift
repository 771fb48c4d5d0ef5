import Foundation
import SOPCore
import SOPModel

extension Receipt {
    typealias Words = Catalog.ServiceDesk

    private func lines(_ time: TimeText) -> [(label: String, value: String)] {
        let language = time.language
        var rows: [(String, String)] = [
            (Words.receiptService.text(language), "SOP \(nomor) · \(judul)"),
            (Words.receiptCase.text(language), caseID),
            (Words.receiptReceived.text(language), time.dateTime(receivedAt)),
        ]
        if !title.isEmpty { rows.append((Catalog.ServiceDesk.columnTitle.text(language), Self.shortened(title))) }
        // What the receipt's own step issued (the registration number the heading names).
        rows += issued.map { ($0.item, Self.shortened($0.value)) }
        rows += fields.map { ($0.label, Self.shortened($0.shownValue(language))) }
        rows.append((Words.receiptPresent.text(language), present.isEmpty ? "-" : present.map(Self.markerKept).joined(separator: ", ")))
        rows.append((Words.receiptMissing.text(language), missing.isEmpty ? "-" : missing.map(Self.markerKept).joined(separator: ", ")))
        if !notApplicable.isEmpty {
            rows.append((Catalog.ConditionalItems.receiptNotApplicable.text(language), notApplicable.map(Self.markerKept).joined(separator: ", ")))
        }
        if let finishedAt {
            rows.append((Catalog.Receipt.receiptFinished.text(language), time.dateTime(finishedAt)))
            if let outcome { rows.append((Catalog.DecisionExits.receiptOutcome.text(language), outcome)) }
        } else if let cancelledAt {
            rows.append((Catalog.Receipt.receiptCancelled.text(language), time.dateTime(cancelledAt)))
        } else if returned {
            rows.append((Words.receiptDue.text(language), "-"))
        } else {
            let added = dueAdded.map { ", " + $0.text(language) }.joined()
            rows.append((Words.receiptDue.text(language), (due.map { time.dateTime($0) } ?? Catalog.Listing.noDue.text(language)) + added))
        }
        if kind == .provisional {
            // A file sent back is not being processed: it waits for the applicant (tester 31, F9).
            let status = returned ? Catalog.ApplicantTime.returnedStatus : Words.receiptProgress(progress.rawValue)
            rows.append((Words.receiptStatus.text(language), status.text(language)))
        }
        rows.append((Words.receiptReceivedBy.text(language), receivedBy))
        if issuedBy != receivedBy { rows.append((Words.receiptIssuedBy.text(language), issuedBy)) }
        return rows
    }

    /// An item's printed marker ("1.", "a)", "-") joined to its first word by a no-break space,
    /// so that no line of a receipt ends with a number whose item is on the next (tester 14,
    /// F15); the plain text prints it as a space again.
    static func markerKept(_ item: String) -> String {
        guard PrintedItem.hasOwnMarker(item), let space = item.firstIndex(of: " ") else { return item }
        return item.replacingCharacters(in: space...space, with: "\u{00A0}")
    }

    /// The longest title a receipt prints: a complaint written at length stays in the case, and
    /// the receipt stays on one sheet of A5 (Tests/Render/receipt-check.sh measures it).
    static let titleLimit = 160

    /// The title cut at a word to `titleLimit` characters, with "…".
    static func shortened(_ title: String) -> String { TextCut.atWord(title, titleLimit) }

    /// The heading: the SOP's full form, or a receipt of a case on its way.
    private func heading(_ language: Language) -> String {
        (kind == .full ? fullHeading.map(Localized.init(verbatim:)) ?? Words.receiptHeading : Words.receiptEarlyHeading)
            .text(language).uppercased()
    }

    /// On a receipt issued before the SOP's receipt step: where the full form comes from.
    private func note(_ language: Language) -> String? {
        // A file sent back as incomplete: the date is counted once it comes back complete (F5).
        if returned { return Catalog.ApplicantTime.returnedNoPromise.text(language) }
        // A case that ended before the receipt step will never reach it: nothing promised.
        return kind == .provisional && cancelledAt == nil && finishedAt == nil ? Words.receiptFullFormLater(step: issuingStep, form: fullHeading).text(language) : nil
    }

    /// Plain text for a thermal receipt printer: `columns` characters a line, words wrapped,
    /// the tracking code on a line of its own.
    /// `statusURL`: the web status page, named instead of `sop status` (a receipt printed from
    /// `sop serve`).
    public func text(columns: Int, time: TimeText, statusURL: String? = nil) -> String {
        let language = time.language
        let rule = String(repeating: "-", count: columns)
        func centred(_ text: String) -> [String] {
            TextWrap.wrap(text, width: columns).map { line in
                String(repeating: " ", count: max(0, (columns - line.count) / 2)) + line
            }
        }
        var out: [String] = []
        out += centred(instansi)
        if let unit { out += centred(unit) }
        out += centred(heading(language))
        out.append(rule)
        for (label, value) in lines(time) {
            out += TextWrap.wrap(label + ": " + value, width: columns).map { $0.replacingOccurrences(of: "\u{00A0}", with: " ") }
        }
        if let counting = dueCounting { out += TextWrap.wrap(counting.note.text(language), width: columns) }
        if let note = note(language) { out += TextWrap.wrap(note, width: columns) }
        out.append(rule)
        out += centred(Words.receiptTrackingLabel.text(language))
        out += centred(tracking)
        out += TextWrap.wrap(statusHint(statusURL).text(language), width: columns)
        out += signatureLines(columns: columns, language: language)
        return out.joined(separator: "\n") + "\n"
    }

    /// The two places to sign on a thermal receipt, one under the other (a 58 mm line holds
    /// neither two names nor two lines side by side): the complainant's, then the officer's with
    /// the roster's full name and NIP under the line, as the A4/A5 sheet has them side by side.
    private func signatureLines(columns: Int, language: Language) -> [String] {
        let officer = signature ?? Signature(name: issuedBy, nip: "")
        let line = String(repeating: "_", count: columns - 4)
        func place(_ who: String, name: [String]) -> [String] {
            [""] + TextWrap.wrap(who, width: columns) + ["", "", line] + name
        }
        let nip = officer.nip.isEmpty ? [] : TextWrap.wrap("NIP \(officer.nip)", width: columns)
        return place(recipient(language), name: [])
            + place(Words.receiptOfficer.text(language), name: TextWrap.wrap(officer.name, width: columns) + nip)
    }

    /// The caption of the recipient's place to sign: the SOP's (`kasus: penerima_tanda_terima`),
    /// else "Pelapor / penerima layanan".
    private func recipient(_ language: Language) -> String {
        recipientCaption ?? Catalog.Receipt.complainantSignature.text(language)
    }

    /// One self-contained HTML page for A4 or A5 (`@page` sets the paper; print it, or make a
    /// PDF of it through Chromium).
    private func statusHint(_ url: String?) -> Localized {
        url.map { Catalog.Receipt.receiptStatusHint($0) } ?? Catalog.Receipt.receiptAskDesk
    }

    /// The two places to sign, side by side: the complainant's (who received the service, the
    /// name left to write by hand) and the officer's (the roster's full name, NIP under it).
    /// Two equal columns sharing their rows (a subgrid): the lines to sign on stay level however
    /// many lines a heading or a name wraps to on a narrow screen or sheet.
    private func signatures(_ language: Language) -> String {
        let officer = signature ?? Signature(name: issuedBy, nip: "")
        let nip = officer.nip.isEmpty ? "" : "<div class=\"nip\">NIP \(HTML.escape(officer.nip))</div>"
        return """
            <div class="sign">
              <div id="ttd-pelapor">\(HTML.escape(recipient(language)))<div class="name"></div></div>
              <div id="ttd-petugas">\(HTML.escape(Words.receiptOfficer.text(language)))<div class="name">\(HTML.escape(officer.name))</div>\(nip)</div>
            </div>
            """
    }

    /// The lines every receipt page starts with, up to its `<style>`.
    private func documentStart(_ language: Language) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language == .en ? "en" : "id")">
        <head>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta charset="utf-8">
        <title>\(HTML.escape(heading(language))) · \(HTML.escape(caseID))</title>
        """
    }

    /// A4/A5: the sheet. 58/80 mm: the thermal receipt's own text (`text(columns:)`, signature
    /// places included) on a page as wide as the roll's printable width (48/72 mm), for the web
    /// desk to show and print; the printer's roll sets the paper, so `@page` gives no size.
    public func html(paper: ReceiptPaper, time: TimeText, statusURL: String? = nil) -> String {
        let language = time.language
        if let columns = paper.columns {
            // Font A of a thermal printer: 1.5 mm a character, which DejaVu Sans Mono (0.6 em
            // wide) is at 7 pt: 32 or 48 characters fill the 48 or 72 mm printed.
            return """
                \(documentStart(language))
                <style>
                  @page { margin: 0; }
                  body { margin: 0; color: #000; }
                  pre.struk { font-family: "DejaVu Sans Mono", monospace; margin: 0; white-space: pre; }
                  @media screen {
                    body { margin: 12px; background: #eee; }
                    pre.struk { width: max-content; margin: 0 auto; padding: 4mm; background: #fff; border: 1px solid #bbb;
                                font-size: clamp(8px, calc((100vw - 60px) / \(columns) / 0.61), 14px); }
                  }
                  @media print { pre.struk { width: \(paper == .mm58 ? 48 : 72)mm; margin: 0 auto; padding: 2mm 0; font-size: 7pt; } }
                </style>
                </head>
                <body>
                <pre class="struk" id="struk-\(paper.rawValue)">\(HTML.escape(text(columns: columns, time: time, statusURL: statusURL)))</pre>
                </body>
                </html>

                """
        }
        let size = paper == .a5 ? "A5" : "A4"
        let scale = paper == .a5 ? 0.85 : 1.0
        let rows = lines(time).map { "<tr><th>\(HTML.escape($0.label))</th><td>\(HTML.escape($0.value))</td></tr>" }
            .joined(separator: "\n      ")
        return """
            \(documentStart(language))
            <style>
              @page { size: \(size) portrait; margin: 15mm; }
              * { box-sizing: border-box; }
              body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: \(11 * scale)pt; color: #000; margin: 0; }
              .sheet { max-width: \(paper == .a5 ? 118 : 180)mm; margin: 0 auto; }
              @media screen { body { margin: 12px; } }
              header { text-align: center; border-bottom: 2px solid #000; padding-bottom: 4mm; margin-bottom: 5mm; }
              header .instansi { font-weight: bold; font-size: \(13 * scale)pt; text-transform: uppercase; }
              header .unit { font-size: \(11 * scale)pt; }
              h1 { font-size: \(15 * scale)pt; margin: 3mm 0 0; letter-spacing: 0.05em; }
              table { width: 100%; border-collapse: collapse; }
              th, td { text-align: left; vertical-align: top; padding: \(paper == .a5 ? 1.2 : 1.6)mm 2mm; border-bottom: 1px solid #999;
                       overflow-wrap: anywhere; }
              th { width: 38%; font-weight: normal; color: #333; }
              .tracking { margin-top: 7mm; border: 2px solid #000; padding: 4mm; text-align: center; }
              .tracking .code { font-family: "DejaVu Sans Mono", monospace; font-size: \(22 * scale)pt; font-weight: bold;
                                letter-spacing: 0.12em; }
              .note { font-size: \(10 * scale)pt; margin: 3mm 0 0; }
              .hint { font-size: \(9 * scale)pt; margin-top: 2mm; }
              .sign { margin-top: \(paper == .a5 ? 8 : 12)mm; display: grid; grid-template-columns: 1fr 1fr;
                      grid-template-rows: auto auto auto; column-gap: 8mm; }
              .sign > div { text-align: center; grid-row: span 3; display: grid; grid-template-rows: subgrid; min-width: 0;
                            overflow-wrap: anywhere; }
              .sign .name { margin-top: \(paper == .a5 ? 14 : 18)mm; border-top: 1px solid #000; padding-top: 1mm; min-height: 1.2em; }
              .sign .nip { font-size: \(9 * scale)pt; }
              @media screen and (max-width: 480px) { .sign .nip { white-space: nowrap; font-size: clamp(6pt, 2.6vw, \(9 * scale)pt); } }
            </style>
            </head>
            <body>
            <div class="sheet">
            <header>
              <div class="instansi">\(HTML.escape(instansi))</div>
              \(unit.map { "<div class=\"unit\">\(HTML.escape($0))</div>" } ?? "")
              <h1>\(HTML.escape(heading(language)))</h1>
            </header>
            <table>
              \(rows)
            </table>
            \(dueCounting.map { "<p class=\"note\">\(HTML.escape($0.note.text(language)))</p>" } ?? "")
            \(note(language).map { "<p class=\"note\">\(HTML.escape($0))</p>" } ?? "")
            <div class="tracking">
              <div>\(HTML.escape(Words.receiptTrackingLabel.text(language)))</div>
              <div class="code">\(HTML.escape(tracking))</div>
              <div class="hint">\(HTML.escape(statusHint(statusURL).text(language)))</div>
            </div>
            \(signatures(language))
            </div>
            </body>
            </html>

            """
    }
}
