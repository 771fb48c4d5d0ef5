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

    public func render() -> String {
        var out = heading("SOP \(sop.nomor) — \(sop.judul)") + "\n"
        if !sop.identity.printing.letterhead.isEmpty {
            out += sop.identity.printing.letterhead.map { $0.value + "\n" }.joined()
        } else {
            if let instansi = sop.identity.instansi?.value { out += instansi + "\n" }
            if let unit = sop.identity.unit?.value { out += unit + "\n" }
        }
        out += "\n" + identityBlock() + "\n" + lists() + "\n" + actors() + "\n"
        out += heading(Words.kegiatan.text(language)) + "\n"
        out += table().render(width: terminal.width, colour: terminal.colour)
        if sop.identity.printing.totalRow {
            out += "\(sop.identity.printing.label("total_waktu", default: Words.totalWaktu, language)): \(TableChoice.totalText(of: sop, language, separator: "; "))\n"
        }
        return out
    }

    private func heading(_ text: String) -> String {
        terminal.colour ? ANSIStyle.bold.apply(to: text) : text
    }

    private func identityBlock() -> String {
        let identity = sop.identity
        let dates = identity.dates
        var rows: [(Localized, [String])] = [(Words.nomor, [identity.nomor.value])]
        rows.append((Words.tanggalPembuatan, [SOPDate.printed(dates.pembuatan)]))
        rows.append((Words.tanggalRevisi, [SOPDate.printed(dates.revisi)]))
        let effective = dates.effectiveLabel == .pengesahan ? Words.tanggalPengesahan : Words.tanggalEfektif
        rows.append((effective, [SOPDate.printed(dates.efektif)]))
        if let approver = identity.approver {
            let electronic = approver.signature == .elektronik
                ? approver.electronicText?.value ?? Catalog.Printed.signedElectronically.text(language) : nil
            let lines = [approver.jabatan?.value, electronic, approver.nama?.value, approver.pangkat?.value,
                         approver.nip.map { "NIP. \($0.value)" }].compactMap { $0 }
            rows.append((Words.disahkanOleh, lines.isEmpty ? ["-"] : lines))
        }
        rows.append((Words.judul, [identity.judul.value]))
        if let hours = sop.serviceHours {
            rows.append((Words.jamLayanan, hours.texts.map(\.value)))
        }
        let labelWidth = rows.map { $0.0.text(language).count }.max() ?? 0
        let valueWidth = max(20, terminal.width - labelWidth - 5)
        var out = ""
        for (label, values) in rows {
            let lines = values.flatMap { TextWrap.wrap($0, width: valueWidth) }
            for (index, line) in lines.enumerated() {
                let shown = index == 0 ? label.text(language) : ""
                out += "  " + shown + String(repeating: " ", count: labelWidth - shown.count + 3) + line + "\n"
            }
        }
        return out
    }

    private func lists() -> String {
        let identity = sop.identity
        let sections: [(Localized, [Located<String>]?)] = [
            (Words.dasarHukum, identity.dasarHukum),
            (Words.kualifikasi, identity.kualifikasiPelaksana),
            (Words.keterkaitan, identity.keterkaitan),
            (Words.peralatan, identity.peralatanPerlengkapan),
            (Words.peringatan, identity.peringatan),
            (Words.pencatatan, identity.pencatatanPendataan),
        ]
        var out = ""
        for (title, items) in sections {
            out += heading(title.text(language)) + "\n"
            let items = items ?? []
            if items.isEmpty { out += "  -\n" }
            for (index, item) in items.enumerated() {
                let marker = "\(index + 1). "
                let lines = TextWrap.wrap(item.value, width: terminal.width - 2 - marker.count)
                for (lineIndex, line) in lines.enumerated() {
                    out += "  " + (lineIndex == 0 ? marker : String(repeating: " ", count: marker.count)) + line + "\n"
                }
            }
        }
        return out
    }

    private func actors() -> String {
        var out = heading(Words.pelaksana.text(language)) + "\n"
        for actor in sop.actors {
            out += "  \(actor.name) (\(Words.actorKind(actor.kind.rawValue).text(language)))\n"
        }
        return out
    }

    func table() -> TextTable {
        var table = TextTable(columns: [
            .init(Words.columnNo.text(language), weight: 0, maxWidth: 6),
            .init(Words.columnKegiatan.text(language), weight: 5),
            .init(Words.columnPelaksana.text(language), weight: 2),
            .init(Words.columnKelengkapan.text(language), weight: 2),
            .init(Words.columnWaktu.text(language), weight: 0, maxWidth: 14),
            .init(Words.columnOutput.text(language), weight: 2),
        ])
        for (index, step) in sop.steps.enumerated() {
            if index == 0, !sop.alternativeTableRanges.isEmpty {
                table.addSpan("⎇", Catalog.Lang3.alternativesNote.text(language))
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
                step.mutuBaku.kelengkapan.map { item in
                    "• " + item.text.value + (item.requiredToProceed ? " (\(Words.required.text(language)))" : "")
                },
                sop.waktuCellLines(at: index, language),
                step.mutuBaku.output.map { "• " + $0.value },
            ])
        }
        return table
    }

    private func activity(_ step: Step, index: Int) -> [String] {
        var lines = [step.uraian.value]
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
        sop.actor(id)?.name ?? id
    }

    /// A step as people read it: its printed number when that is unique, else its id.
    private func name(of target: Target) -> String {
        guard case .step(let id) = target else { return Words.end.text(language) }
        guard let step = sop.step(id), let number = step.number else { return id }
        let shared = sop.steps.filter { $0.number == number }.count > 1
        return shared ? "\(number) (\(id))" : number
    }
}
