import SOPCore
import SOPModel

/// `sop show`: the SOP as a readable terminal document, identity block then the step table.
public struct SOPDocumentView {
    public let sop: SOP
    public let language: Language
    public let terminal: Terminal

    public init(sop: SOP, language: Language, terminal: Terminal) {
        self.sop = sop
        self.language = language
        self.terminal = terminal
    }

    typealias Words = Catalog.Document

    /// The width prose wraps to: the terminal's; piped, every line stays whole (README).
    private var width: Int { terminal.wrapWidth ?? 1_000_000 }

    public func render() -> String {
        var out = heading("SOP \(sop.nomor) — \(sop.lineJudul)") + "\n"
        let letterhead = sop.identity.printing.letterhead
        if !letterhead.isEmpty {
            out += letterhead.map { $0.value + "\n" }.joined()
        } else if let instansi = sop.identity.instansi?.value {
            out += instansi + "\n"
        }
        // The unit under the letterhead too, unless a line of it already names the unit, as
        // `sop render` prints it (tester 25, finding 11).
        if let unit = sop.identity.unit?.value, !letterhead.contains(where: { $0.value.localizedCaseInsensitiveContains(unit) }) {
            out += unit + "\n"
        }
        out += "\n" + identityBlock() + "\n" + lists() + "\n" + actors() + "\n"
        out += heading(Words.kegiatan.text(language)) + "\n"
        out += table().render(width: terminal.wrapWidth, colour: terminal.colour)
        if sop.identity.printing.totalRow {
            out += "\(sop.identity.printing.label("total_waktu", default: Words.totalWaktu, language)): \(TableChoice.totalText(of: sop, language, separator: "; "))\n"
            out += (sop.tables.last?.footnotes ?? []).map { Emphasis.plain($0.value) + "\n" }.joined()
        }
        return out
    }

    /// A heading as the unit printed it (`cetak: label`), else the form's own, as `sop render` prints it.
    private func label(_ key: String, _ form: Localized) -> String {
        Emphasis.plain(sop.identity.printing.label(key, default: form, language))
    }

    private func heading(_ text: String) -> String {
        terminal.colour ? ANSIStyle.bold.apply(to: text) : text
    }

    private func identityBlock() -> String {
        let identity = sop.identity
        let dates = identity.dates
        // Each row under the form's key, so the rows the unit printed beyond the form's go after
        // the row each follows.
        var form: [(key: String, row: (String, [String]))] = [("nomor", (label("nomor", Words.nomor), [identity.nomor.value]))]
        form.append(("pembuatan", (label("pembuatan", Words.tanggalPembuatan), [SOPDate.printed(dates.pembuatan)])))
        form.append(("revisi", (label("revisi", Words.tanggalRevisi), [SOPDate.printed(dates.revisi)])))
        let effective = dates.effectiveLabel == .pengesahan
            ? label("pengesahan", Words.tanggalPengesahan) : label("efektif", Words.tanggalEfektif)
        form.append(("efektif", (effective, [SOPDate.printed(dates.efektif)])))
        if let approver = identity.approver {
            let electronic = approver.signature == .elektronik
                ? approver.electronicText?.value ?? Catalog.Printed.signedElectronically.text(language) : nil
            let lines = [approver.jabatan?.value, electronic, approver.nama?.value, approver.pangkat?.value,
                         approver.printedNIP].compactMap { $0 }
            form.append(("disahkan_oleh", (label("disahkan_oleh", Words.disahkanOleh), lines.isEmpty ? ["-"] : lines)))
        }
        form.append(("judul", (label("judul", Words.judul), [identity.judul.value])))
        if let hours = sop.serviceHours {
            form.append(("jam_layanan", (label("jam_layanan", Words.jamLayanan), hours.texts.map(\.value))))
        }
        let rows = ExtraIdentityRow.place(identity.printing.extraRows, in: form) { ($0.label.value, [$0.text.value]) }
        let labelWidth = rows.map { $0.0.count }.max() ?? 0
        let valueWidth = max(20, width - labelWidth - 5)
        var out = ""
        for (label, values) in rows {
            let lines = values.flatMap { TextWrap.wrap($0, width: valueWidth) }
            for (index, line) in lines.enumerated() {
                let shown = index == 0 ? label : ""
                out += "  " + shown + String(repeating: " ", count: labelWidth - shown.count + 3) + line + "\n"
            }
        }
        return out
    }

    private func lists() -> String {
        let identity = sop.identity
        let sections: [(String, Localized, [Located<String>]?)] = [
            ("dasar_hukum", Words.dasarHukum, identity.dasarHukum),
            ("kualifikasi_pelaksana", Words.kualifikasi, identity.kualifikasiPelaksana),
            ("keterkaitan", Words.keterkaitan, identity.keterkaitan),
            ("peralatan_perlengkapan", Words.peralatan, identity.peralatanPerlengkapan),
            ("peringatan", Words.peringatan, identity.peringatan),
            ("pencatatan_pendataan", Words.pencatatan, identity.pencatatanPendataan),
        ]
        let printing = identity.printing
        var out = ""
        // As printed: a section the unit does not print is left out; one printed empty has no "-".
        for (key, title, items) in sections where !printing.unprinted.contains(key) {
            out += heading(label(key, title)) + "\n"
            var items = items ?? []
            // An intro line before the items, and a section printed as one paragraph, as `sop render` prints them.
            if let intro = printing.intros[key] {
                out += TextWrap.wrap(Emphasis.plain(intro.value), width: width - 2).map { "  " + $0 + "\n" }.joined()
            }
            if printing.paragraphs.contains(key), !items.isEmpty {
                let text = items.map { Emphasis.plain($0.value) }.joined(separator: " ")
                out += TextWrap.wrap(text, width: width - 2).map { "  " + $0 + "\n" }.joined()
                items = []
            } else if items.isEmpty, printing.intros[key] == nil, !printing.blank.contains(key) {
                out += "  -\n"
            }
            if let columns = printing.columns[key], !columns.isEmpty, !items.isEmpty {
                out += sectionTable(columns.map(\.value), identity.rows(of: key).map { $0.map(\.value) })
                items = []
            }
            for (item, number) in zip(items, PrintedItem.numbers(items.map(\.value))) {
                // An item typed with its printed marker ("1. …", "- …") keeps it, unnumbered.
                let marker = number.map { "\($0). " } ?? ""
                let lines = TextWrap.wrap(Emphasis.plain(item.value), width: width - 2 - marker.count)
                for (lineIndex, line) in lines.enumerated() {
                    out += "  " + (lineIndex == 0 ? marker : String(repeating: " ", count: marker.count)) + line + "\n"
                }
            }
        }
        return out
    }

    /// An identity section the unit printed as a table: its headings and rows in aligned
    /// columns, each cell as typed; a row wider than the terminal has its cells joined instead.
    private func sectionTable(_ columns: [String], _ rows: [[String]]) -> String {
        let all = [columns] + rows
        let count = all.map(\.count).max() ?? 0
        let widths = (0..<count).map { column in all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
        let fits = 2 + widths.reduce(0, +) + 3 * max(0, count - 1) <= terminal.width
        return all.enumerated().map { index, row in
            let line = fits
                ? row.enumerated().map { $0.element + String(repeating: " ", count: widths[$0.offset] - $0.element.count) }
                    .joined(separator: " | ")
                : row.joined(separator: " | ")
            let trimmed = String(line.reversed().drop { $0 == " " }.reversed())
            return "  " + (index == 0 ? heading(trimmed) : trimmed) + "\n"
        }.joined()
    }

    private func actors() -> String {
        var out = heading(Words.pelaksana.text(language)) + "\n"
        for actor in sop.actors {
            out += "  \(actor.lineName) (\(Words.actorKind(actor.kind.rawValue).text(language)))\n"
        }
        return out
    }

    func table() -> TextTable {
        var table = TextTable(columns: [
            .init(label("no", Words.columnNo), weight: 0, maxWidth: 6),
            .init(label("kegiatan", Words.columnKegiatan), weight: 5),
            .init(label("pelaksana", Words.columnPelaksana), weight: 2),
            .init(label("kelengkapan", Words.columnKelengkapan), weight: 2),
            .init(label("waktu", Words.columnWaktu), weight: 0, maxWidth: 14),
            .init(label("output", Words.columnOutput), weight: 2),
        ])
        for (index, step) in sop.steps.enumerated() {
            if index == 0, !sop.alternativeTableRanges.isEmpty {
                table.addSpan("⎇", Catalog.AlternativeTables.alternativesNote.text(language))
            }
            if let title = sop.tables.first(where: { $0.steps.lowerBound == index })?.title {
                table.addSpan("▦", title.value)
            }
            if let names = sop.tables.first(where: { $0.steps.lowerBound == index })?.columnNames, !names.isEmpty {
                table.addSpan("▥", names.map { actorName($0.id.value) + " → \"" + $0.name.value + "\"" }.joined(separator: ", "))
            }
            if let section = step.section {
                table.addSpan(section.code ?? "", section.title)
            }
            table.add([
                [step.number ?? ""],
                activity(step, index: index),
                [actorName(step.performer.value)] + recorderLine(index) + step.involved.map { "+ " + actorName($0.value) }
                    + step.drawn.jointWith.map { "═ " + actorName($0.value) },
                // Intro lines, items with their own marker and a cell printed "-" are printed as
                // written, without a bullet.
                sop.kelengkapanCellLines(at: index, language) { item in
                    (item.isIntro || PrintedItem.hasOwnMarker(item.text.value) || Self.dashCell(step.mutuBaku.kelengkapan.count, item.text.value)
                        ? "" : "• ") + Emphasis.plain(item.text.value)
                        + (item.requiredToProceed ? " (\(Words.required.text(language)))" : "")
                },
                sop.waktuCellLines(at: index, language),
                sop.outputCellLines(at: index, language) {
                    (PrintedItem.hasOwnMarker($0.value) || Self.dashCell(step.mutuBaku.output.count, $0.value) ? "" : "• ") + Emphasis.plain($0.value)
                },
            ])
            // A table's footnotes under its last row, as printed (tester 26, finding 4); those of
            // the last table under the JUMLAH WAKTU line, as the paper prints them (tester 31 F12).
            let last = sop.tables.last?.steps.upperBound == index + 1 && sop.identity.printing.totalRow
            for footnote in last ? [] : sop.tables.first(where: { $0.steps.upperBound == index + 1 })?.footnotes ?? [] {
                table.addSpan("", footnote.value)
            }
        }
        return table
    }

    /// A cell printed as a dash alone ("-"): shown as printed, with no bullet.
    static func dashCell(_ count: Int, _ text: String) -> Bool { count == 1 && Kelengkapan.isDash(text) }

    private func activity(_ step: Step, index: Int) -> [String] {
        var lines = [Emphasis.plain(step.uraian.value)]
        if !step.waitsFor.isEmpty {
            lines.append("⧗ " + Words.waitsFor(step.waitsFor.map { name(of: .step($0.value)) }.joined(separator: ", ")).text(language))
        }
        switch step.flow {
        case .decision(let decision):
            if let question = decision.question { lines.append("◇ " + question.value) }
            for branch in decision.branches {
                lines.append("  \(branchLabel(branch)) → \(branch.targets.map { name(of: $0.value) }.joined(separator: " + "))")
            }
        case .parallel(let targets):
            lines.append("⇉ " + Words.parallel(targets.map { name(of: $0.value) }.joined(separator: ", ")).text(language))
        case .next(let target?):
            let following = index + 1 < sop.steps.count ? Target.step(sop.steps[index + 1].id.value) : Target.end
            if target.value != following {
                lines.append("→ " + Words.goesTo(name(of: target.value)).text(language))
            }
        case .next(nil):
            break
        }
        lines += drawnLines(step, index: index)
        if !step.form.isEmpty {
            let fields = step.form.map { field in
                field.label + (field.required ? "" : " (\(Words.optional.text(language)))")
            }
            lines.append("\(Words.formulir.text(language)): " + fields.joined(separator: ", "))
        }
        if let keterangan = step.keterangan {
            lines.append("\(Words.keterangan.text(language)): \(keterangan)")
        }
        return lines
    }

    private func actorName(_ id: String) -> String {
        sop.actor(id)?.lineName ?? id
    }

    /// A step as people read it: its printed number when that is unique, else its id.
    private func name(of target: Target) -> String {
        guard case .step(let id) = target else { return Words.end.text(language) }
        // The row as printed; its id beside it where the row has several boxes or no number (and
        // the id is not the number itself: "8", never "8 (8)").
        guard let step = sop.step(id), let number = step.number else {
            return sop.printedLabel(ofStep: id).map { "\($0.text(language)) (\(id))" } ?? id
        }
        let shared = sop.steps.filter { $0.number == number }.count > 1
        return shared && id != number ? "\(number) (\(id))" : number
    }
}
