import SOPCore
import SOPYAML

/// What loading one file gives: its source, the SOP (whenever the file holds a mapping, even
/// with errors, so that every problem can be reported at once) and all diagnostics.
public struct LoadResult: Sendable {
    public let source: SourceFile
    public let sop: SOP?
    public let diagnostics: [Diagnostic]

    public var hasErrors: Bool { diagnostics.hasErrors }
}

/// Reads SOP files: YAML through the strict reader, then the nodes against `SOPLanguage`
/// into the model. Never stops at the first problem.
public enum SOPLoader {
    public static func load(path: String, limits: ReaderLimits = .standard) -> LoadResult {
        switch FileReader.read(path, limit: limits.maxBytes) {
        case .success(let bytes):
            return load(bytes: bytes, path: path, limits: limits)
        case .failure(let failure):
            return LoadResult(source: SourceFile(path: path, bytes: []), sop: nil,
                              diagnostics: [failure.diagnostic(path: path, limit: limits.maxBytes)])
        }
    }

    public static func load(bytes: [UInt8], path: String, limits: ReaderLimits = .standard) -> LoadResult {
        load(document: YAMLReader.read(bytes, path: path, limits: limits))
    }

    /// The model of a file the strict reader has already read (the linter reads first, to tell
    /// an SOP from other kinds of YAML file).
    public static func load(document: YAMLDocument) -> LoadResult {
        let path = document.source.path
        guard let root = document.root else {
            return LoadResult(source: document.source, sop: nil, diagnostics: document.diagnostics)
        }
        let context = LoadContext(file: path)
        let sop = Constructor(context: context).sop(from: root)
        return LoadResult(source: document.source, sop: sop, diagnostics: document.diagnostics + context.diagnostics)
    }

    public static func load(text: String, path: String) -> LoadResult {
        load(bytes: Array(text.utf8), path: path)
    }
}

/// Builds the model from nodes checked against the language description.
struct Constructor {
    let context: LoadContext

    func sop(from root: Node) -> SOP? {
        guard let document = context.object(root, SOPLanguage.document, key: "SOP") else { return nil }
        let actors = (document.list("pelaksana") ?? []).compactMap(actor)
        context.actors = actors
        let written = document.list("kegiatan") ?? []
        var steps: [Step] = []
        steps.reserveCapacity(written.count)  // a Step is large: growing the array copies them all
        for (index, node) in written.enumerated() {
            if let step = step(node, row: index + 1) { steps.append(step) }
        }
        let tables = self.tables(document, into: &steps)
        rowTargets(&steps)
        noteRefusedTargets(steps)
        rowTexts(&steps)
        if !document.has("kegiatan") && !document.has("tabel") {
            context.missingKey("kegiatan", in: "SOP", mapping: document.mark)
        }
        var sop = SOP(file: context.file, identity: identity(document), serviceHours: document.serviceHours("jam_layanan"),
                      actors: actors, steps: steps)
        sop.tables = tables
        // Footnotes under a one-table SOP (`catatan:` beside `kegiatan:`, tester 26, finding 4):
        // that table, as `tabel:` with one table would have it.
        if tables.isEmpty, let footnotes = document.textList("catatan"), !footnotes.isEmpty {
            sop.tables = [SOPTable(title: nil, columns: [], footnotes: footnotes, steps: 0..<steps.count)]
        }
        if let layout = document.object("tata_letak", SOPLanguage.layout) { sop.layout = self.layout(layout) }
        sop.tablesAreAlternatives = document.choice("alur_tabel")?.value.lowercased() == "pilihan"
        if let settings = document.object("kasus", SOPLanguage.caseSettings) {
            sop.caseSettings = caseSettings(settings)
            sop.caseSettings.serviceStandardWritten = settings.text("batas_layanan")
            sop.caseSettings.serviceStandard = settings.text("batas_layanan").flatMap { serviceStandard($0, printing: sop.identity.printing) }
        }
        return sop
    }

    private func caseSettings(_ view: ObjectView) -> CaseSettings {
        var settings = CaseSettings(
            titleFields: (view.list("judul") ?? []).compactMap {
                context.text($0, key: "judul", required: true).flatMap(context.identifier)
            },
            receiptStep: view.node("tanda_terima").flatMap { target($0, key: "tanda_terima") }
                .map { Located($0.value.text, at: $0.mark, length: $0.length) },
            pauseStopsClock: view.boolean("jeda_menghentikan_waktu", default: true))
        settings.receiptHeading = view.text("judul_tanda_terima")
        settings.receiptRecipient = view.text("penerima_tanda_terima")
        settings.caseUnit = view.text("satuan")
        settings.receiptFields = (view.list("isian_tanda_terima") ?? []).compactMap {
            context.text($0, key: "isian_tanda_terima", required: true).flatMap(context.identifier)
        }
        settings.receivedRows = (view.list("kelengkapan_diterima") ?? []).compactMap { target($0, key: "kelengkapan_diterima") }
            .map { Located($0.value.text, at: $0.mark, length: $0.length) }
        settings.outsideServiceLimitRows = (view.list("di_luar_batas_layanan") ?? []).compactMap { target($0, key: "di_luar_batas_layanan") }
            .map { Located($0.value.text, at: $0.mark, length: $0.length) }
        return settings
    }

    /// `batas_layanan: total` reads the printed Total waktu (`cetak.total_waktu`) as one duration;
    /// any other value is that duration. Either is read as a stated standard (`waktu_baku`).
    private func serviceStandard(_ written: Located<String>, printing: Printing) -> ServiceStandard? {
        let location = context.location(written.mark, length: written.length)
        guard written.value.lowercased() == ServiceStandard.totalWord else {
            // A total of several kinds of time, as printed totals are ("9 hari kerja 35 menit", tester 31, F2).
            if let parts = ServiceStandard.parts(of: written.value) {
                return ServiceStandard(written: written, text: written.value, parts: parts)
            }
            switch WaktuParser.parse(written.value) {
            case .success(let duration):
                return ServiceStandard(written: written, text: written.value, parts: [duration])
            case .failure(.unreadable(let suggestion)):
                context.error(LoaderCode.waktuFormat, Catalog.Waktu.serviceStandardUnreadable(written.value), at: location,
                              notes: suggestion.map { [.init(Catalog.didYouMean($0))] } ?? [])
                return nil
            }
        }
        guard let total = printing.totalText else {
            context.error(LoaderCode.waktuFormat, Catalog.Waktu.serviceStandardWithoutTotal, at: location)
            return nil
        }
        // A remark in parentheses after the total ("1 hari kerja (tidak termasuk menunggu
        // blanko)") is printed, and the total is what comes before it (tester 28, F13).
        for text in [total.value] + (WaktuParser.beforeRemark(total.value).map { [$0] } ?? []) {
            if let parts = ServiceStandard.parts(of: text) {
                return ServiceStandard(written: written, text: text, parts: parts)
            }
        }
        context.error(LoaderCode.waktuFormat, Catalog.Waktu.serviceTotalUnreadable(total.value), at: location,
                      notes: [.init(Catalog.Waktu.serviceStandardWriteDuration)])
        return nil
    }

    private func identity(_ document: ObjectView) -> Identity {
        let missing = Located("", at: document.mark)
        var identity = Identity(nomor: document.text("nomor") ?? missing, judul: document.text("judul") ?? missing)
        identity.instansi = document.text("instansi")
        identity.unit = document.text("unit")
        if let dates = document.object("tanggal", SOPLanguage.dates) {
            let efektif = date(dates, "efektif")
            let pengesahan = date(dates, "pengesahan")
            identity.dates = Dates(
                pembuatan: date(dates, "pembuatan"), revisi: date(dates, "revisi"),
                efektif: efektif ?? pengesahan,
                effectiveLabel: dates.has("efektif") || !dates.has("pengesahan") ? .efektif : .pengesahan)
        }
        if let approver = document.object("disahkan_oleh", SOPLanguage.approver) {
            identity.approver = Approver(jabatan: approver.text("jabatan"), nama: approver.text("nama"),
                                         pangkat: approver.text("pangkat"), nip: approver.text("nip"))
            identity.approver?.signature = approver.choice("tanda_tangan").flatMap { Signature(rawValue: $0.value) } ?? .basah
            identity.approver?.electronicText = approver.text("keterangan_elektronik")
            if let qr = approver.text("kode_qr"), BooleanWords.yes.contains(qr.value.lowercased()) {
                identity.approver?.qrCodeWithoutImage = qr
            } else {
                identity.approver?.qrCode = approver.text("kode_qr")
            }
            identity.approver?.notePlacement = approver.choice("keterangan_di").flatMap { SignatureNotePlacement(rawValue: $0.value) } ?? .sel
        }
        for key in Printing.listKeys {
            guard let section = document.section(key) else { continue }
            identity.setList(key, section.items)
            if let rows = section.rows { identity.tableRows[key] = rows }
        }
        if let printing = document.object("cetak", SOPLanguage.printing) { identity.printing = self.printing(printing) }
        return identity
    }

    private func printing(_ view: ObjectView) -> Printing {
        func texts(_ key: String, _ shape: ObjectShape) -> [String: Located<String>] {
            guard let object = view.object(key, shape) else { return [:] }
            var result: [String: Located<String>] = [:]
            for field in shape.fields { result[field.key] = object.text(field.key) }
            return result
        }
        func sections(_ key: String) -> Set<String> {
            Set((view.list(key) ?? []).compactMap { node -> String? in
                guard let text = context.text(node, key: key, required: true) else { return nil }
                guard Printing.listKeys.contains(text.value) else {
                    context.error(LoaderCode.invalidChoice, Catalog.Loader.invalidChoice(text.value, key: key, options: Printing.listKeys),
                                  at: context.location(text.mark, length: text.length),
                                  notes: Suggestion.closest(to: text.value, among: Printing.listKeys).map { [.init(Catalog.didYouMean($0))] } ?? [])
                    return nil
                }
                return text.value
            })
        }
        var printing = Printing(letterhead: view.textList("kop") ?? [], tableTitle: view.text("judul_tabel"), logo: view.text("logo"),
                                labels: texts("label", SOPLanguage.printedLabels), intros: texts("pengantar", SOPLanguage.listTexts),
                                paragraphs: sections("paragraf"))
        totalWaktu(view, into: &printing)
        printing.unprinted = sections("tidak_dicetak")
        printing.blank = sections("kosong")
        printing.columns = view.sectionColumns("kolom")
        printing.extraRows = view.extraIdentityRows("baris_tambahan")
        return printing
    }

    /// `total_waktu`: ya or tidak, or the Total waktu as the unit printed it. A word one typo
    /// away from ya/tidak is refused rather than printed.
    private func totalWaktu(_ view: ObjectView, into printing: inout Printing) {
        guard let text = view.text("total_waktu") else { return }
        let word = text.value.lowercased()
        if BooleanWords.yes.contains(word) { return }
        if BooleanWords.no.contains(word) {
            printing.totalRow = false
        } else if let near = Suggestion.closest(to: word, among: ["ya", "tidak"]) {
            context.error(LoaderCode.invalidBoolean, Catalog.Loader.invalidBoolean(text.value, key: "total_waktu"),
                          at: context.location(text.mark, length: text.length), notes: [.init(Catalog.didYouMean(near))])
        } else {
            printing.totalText = text
        }
    }

    private func date(_ dates: ObjectView, _ key: String) -> SOPDate? {
        guard let text = dates.rawText(key) else { return nil }
        let location = context.location(text.mark, length: text.length)
        switch SOPDateParser.parse(text.value) {
        case .success(let value):
            return SOPDate(text: text, value: value)
        case .failure(.unreadable):
            context.error(LoaderCode.dateFormat, Catalog.Loader.dateUnreadable(text.value), at: location)
        case .failure(.nonexistent):
            context.error(LoaderCode.dateNonexistent, Catalog.Loader.dateNonexistent(text.value), at: location)
        }
        return nil
    }

    private func actor(_ node: Node) -> Actor? {
        guard let view = context.object(node, SOPLanguage.actor, key: "pelaksana") else { return nil }
        let id = view.identifier("id")
        let name = view.text("nama")
        let kind = view.choice("jenis").flatMap { Actor.Kind(rawValue: $0.value) } ?? .staf
        guard let id else { return nil }
        var actor = Actor(id: id, name: name?.value ?? id.value, kind: kind, mark: view.mark)
        actor.recordedBy = view.identifier("dicatat_oleh")
        return actor
    }

    func step(_ node: Node, row: Int) -> Step? {
        guard let view = context.object(node, SOPLanguage.step, key: "kegiatan") else { return nil }
        let number = view.text("no")
        let keterangan = view.text("keterangan")  // read once: a wrong type is reported once
        let explicitID = view.identifier("id")
        if let explicitID, explicitID.value == Target.endKeyword {
            context.error(LoaderCode.reservedIdentifier, Catalog.Loader.reservedIdentifier(explicitID.value),
                          at: context.location(explicitID.mark, length: explicitID.length))
        }
        let derived = number.map { Located(normalizedNumber($0.value), at: $0.mark, length: $0.length) }
        let id: Located<String>
        if let explicitID {
            id = explicitID
        } else if let derived, Identifier.isValid(derived.value) {
            id = derived
        } else {
            id = Located("baris-\(row)", at: view.mark)
        }
        var step = Step(
            id: id,
            idIsExplicit: explicitID != nil,
            number: number?.value,
            section: view.text("bagian").map { Section(parsing: $0.value) },
            uraian: uraian(view),
            performer: view.identifier("pelaksana") ?? Located("", at: view.mark),
            involved: (view.list("terlibat") ?? []).compactMap {
                context.text($0, key: "terlibat", required: true).flatMap(context.identifier)
            },
            symbol: view.choice("simbol").flatMap { text in
                Symbol(rawValue: text.value).map { Located($0, at: text.mark, length: text.length) }
            },
            mutuBaku: view.object("mutu_baku", SOPLanguage.mutuBaku).map(mutuBaku) ?? MutuBaku(),
            keterangan: keterangan?.value,
            form: (view.list("formulir") ?? []).compactMap(formField),
            flow: flow(view),
            waitsFor: (view.list("menunggu") ?? []).compactMap {
                context.text($0, key: "menunggu", required: true).flatMap(context.identifier)
            },
            mark: view.mark)
        step.keteranganMark = keterangan?.mark
        step.symbolText = view.text("teks_simbol").map { text in
            Located(text.value.trimmingWhitespace(), at: text.mark, length: text.length)
        }.flatMap { $0.value.isEmpty ? nil : $0 }
        // A diamond's words are its question: the desk asks them when no `pertanyaan` is written.
        if case .decision(var decision) = step.flow, decision.question == nil, let text = step.symbolText {
            decision.question = text
            step.flow = .decision(decision)
        }
        step.drawn = drawnFlow(view)
        step.drawn.arrowHidden = arrowHidden(view)
        step.drawn.connector = view.text("penghubung")
        if let text = view.text("halaman_baru") {
            step.drawn.startsPage = Located(view.boolean("halaman_baru", default: false), at: text.mark, length: text.length)
        }
        drawnJoints(view, into: &step.drawn)
        step.drawn.lineTo = view.node("garis_ke").flatMap { target($0, key: "garis_ke") }
        return step
    }

    /// A step's `uraian`; empty when absent (marked at the step) or written empty (marked at its
    /// value), for `rowTexts` to decide. One written as a list or mapping is already reported as
    /// the wrong type: a placeholder keeps `rowTexts` from reporting it again.
    private func uraian(_ view: ObjectView) -> Located<String> {
        if let text = view.text("uraian") { return text }
        guard let node = view.node("uraian") else { return Located("", at: view.mark) }
        if case .scalar = node { return Located("", at: node.mark) }
        return Located("…", at: node.mark)
    }

    /// The Kegiatan cell is printed once per row, so a box after the first of a printed row may
    /// leave `uraian` out: it is that row's work and carries the row's text at the desk, in
    /// reports and on the status page. The first box of a row must write it.
    private func rowTexts(_ steps: inout [Step]) {
        for range in steps.rowRanges {
            let text = steps[range.lowerBound].uraian
            for index in range where steps[index].uraian.value.isEmpty {
                if index != range.lowerBound, !text.value.isEmpty {
                    steps[index].uraian = text
                } else if steps[index].uraian.mark != steps[index].mark {
                    context.error(LoaderCode.emptyValue, Catalog.Loader.emptyValue("uraian"), at: context.location(steps[index].uraian.mark))
                } else {
                    context.missingKey("uraian", in: SOPLanguage.step.name, mapping: steps[index].mark)
                }
            }
        }
    }

    /// "1." and "1" are the same printed number; the id drops the trailing dot.
    private func normalizedNumber(_ text: String) -> String {
        text.hasSuffix(".") ? String(text.dropLast()) : text
    }

    private func flow(_ view: ObjectView) -> Flow {
        if let decisionView = view.object("keputusan", SOPLanguage.decision) {
            var branches: [Branch] = []
            if let node = decisionView.node("cabang") {
                if case .mapping(let mapping) = node {
                    for pair in mapping.pairs {
                        let label = Located(pair.key.value.trimmingWhitespace(), at: pair.key.mark, length: pair.key.length)
                        // `Tidak Memenuhi Syarat: {ke: 13, hasil: Tidak memenuhi syarat}`: the exit as an object.
                        if case .mapping = pair.value {
                            if var branch = exit(pair.value) {
                                branch.label = label
                                branches.append(branch)
                            }
                            continue
                        }
                        let targets = forkTargets(pair.value, key: "cabang")
                        guard let target = targets.first else { continue }
                        var branch = Branch(label: label, target: target)
                        branch.alsoTargets = Array(targets.dropFirst())
                        branches.append(branch)
                    }
                } else if case .sequence(let sequence) = node {
                    branches = sequence.items.compactMap(exit)
                } else {
                    context.error(LoaderCode.wrongType,
                                  Catalog.Loader.wrongType("cabang", expected: .mapping, found: node.kind),
                                  at: context.location(of: node))
                }
            }
            var decision = Decision(question: decisionView.text("pertanyaan"), branches: branches)
            decision.isDrawn = decisionView.boolean("tergambar", default: true)
            decision.printsQuestion = decisionView.boolean("pertanyaan_tercetak", default: true)
            return .decision(decision)
        }
        if let targets = view.list("paralel") {
            return .parallel(targets.compactMap { target($0, key: "paralel") })
        }
        if let node = view.node("lanjut"), let target = target(node, key: "lanjut") {
            return .next(target)
        }
        return .next(nil)
    }

    func target(_ node: Node, key: String) -> Located<Target>? {
        guard let text = context.text(node, key: key, required: true) else { return nil }
        let id = Located(normalizedNumber(text.value), at: text.mark, length: text.length)
        // A row number printed with a space or brackets (`3 a`, `3(a)`) is no id, but names the
        // row it prints as (`rowTargets` resolves it; unresolved, flow-unknown-target says so).
        if !Identifier.isValid(id.value), RowNumber.looksLikeRow(id.value) { return Located(Target(id.value), at: text.mark, length: text.length) }
        let refused = context.diagnostics.count
        guard context.identifier(id) != nil else {
            if context.diagnostics.count > refused { context.refusedTargets.append((refused, id.value)) }
            return nil
        }
        return Located(Target(id.value), at: text.mark, length: text.length)
    }

    private func mutuBaku(_ view: ObjectView) -> MutuBaku {
        var kelengkapan: [Kelengkapan] = []
        for item in view.list("kelengkapan") ?? [] {
            if case .mapping = item {
                guard let itemView = context.object(item, SOPLanguage.kelengkapan, key: "kelengkapan") else { continue }
                if let intro = itemView.text("pengantar") {
                    var line = Kelengkapan(text: intro)
                    line.isIntro = true
                    kelengkapan.append(line)
                    continue
                }
                guard let text = itemView.text("butir") else {
                    if itemView.node("butir") == nil, itemView.node("pengantar") == nil {
                        context.missingKey("butir", in: "kelengkapan", mapping: itemView.mark)
                    }
                    continue
                }
                kelengkapan.append(Kelengkapan(text: text, requiredToProceed: itemView.boolean("wajib", default: false)))
            } else if let text = context.text(item, key: "kelengkapan", required: true) {
                kelengkapan.append(Kelengkapan(text: text))
            }
        }
        var output: [Located<String>] = []
        var outputBy: [String: Located<String>] = [:]
        for item in view.list("output") ?? [] {
            if case .mapping = item {
                // `{butir: Blanko SKHP, oleh: siap-petugas}`: produced by one box of the row.
                guard let itemView = context.object(item, SOPLanguage.outputItem, key: "output"),
                    let text = itemView.text("butir")
                else { continue }
                output.append(text)
                if let box = itemView.identifier("oleh") { outputBy[text.value] = box }
            } else if let text = context.text(item, key: "output", required: true) {
                output.append(text)
            }
        }
        var mutuBaku = MutuBaku(kelengkapan: kelengkapan, waktu: waktu(view), output: output,
                                countedFrom: view.identifier("dihitung_sejak"), mergedThrough: view.identifier("gabung_sampai"))
        mutuBaku.outputBy = outputBy
        mutuBaku.kelengkapanMergedThrough = view.identifier("kelengkapan_gabung_sampai")
        mutuBaku.outputMergedThrough = view.identifier("output_gabung_sampai")
        if let written = view.text("di_luar_batas_layanan"), view.boolean("di_luar_batas_layanan", default: false) {
            mutuBaku.outsideServiceLimit = written
        }
        return mutuBaku
    }

    private func waktu(_ view: ObjectView) -> Waktu? {
        WaktuLoading(context: context).waktu(view)
    }

    private func formField(_ node: Node) -> FormField? {
        guard let view = context.object(node, SOPLanguage.formField, key: "formulir") else { return nil }
        let name = view.identifier("nama")
        let label = view.text("label")
        let type = view.choice("jenis").flatMap { text in
            FormField.FieldType(rawValue: text.value).map { Located($0, at: text.mark, length: text.length) }
        } ?? Located(.teks, at: view.mark)
        let required = view.boolean("wajib", default: true)
        let options = view.textList("pilihan") ?? []
        guard let name else { return nil }
        var field = FormField(name: name, label: label?.value ?? name.value, type: type, required: required,
                              options: options, mark: view.mark)
        field.personal = view.boolean("pribadi", default: false)
        field.laterPassOnly = view.boolean("hanya_kunjungan_ulang", default: false)
        return field
    }
}
