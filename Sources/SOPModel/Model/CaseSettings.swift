import SOPCore

/// What the SOP says about its cases at the service desk (`kasus:`): which form fields make a
/// case's title and which step hands the complainant a receipt.
public struct CaseSettings: Sendable {
    /// Form field names (of any step) whose answers, in this order, make the case's title.
    public var titleFields: [Located<String>]
    /// The step whose reaching issues the receipt ("tanda terima"); nil: the first step.
    public var receiptStep: Located<String>?
    /// Whether a paused case's clock stops (`jeda_menghentikan_waktu`): due times and time used
    /// leave out the paused spans. Default yes: a case is paused to wait for the complainant.
    public var pauseStopsClock: Bool
    /// `kelengkapan_diterima`: the rows (ids or printed numbers) whose Kelengkapan the receipt
    /// lists as received from the applicant; empty: the rows up to the receipt step performed
    /// by the applicant or another outside party, else the first row (`SOP.receivedRows`).
    public var receivedRows: [Located<String>] = []
    /// `judul_tanda_terima`: the heading of the full receipt as the unit prints it ("Tanda
    /// Terima Berkas"); nil: `SOP.receiptHeading` finds it.
    public var receiptHeading: Located<String>?
    /// `penerima_tanda_terima`: the caption of the recipient's place to sign on the receipt
    /// ("Pemohon", "PNS yang bersangkutan"); nil: "Pelapor / penerima layanan".
    public var receiptRecipient: Located<String>?
    /// `satuan`: what one case is ("kendaraan" in a pengujian kendaraan SOP, tester 34 F2): a
    /// waktu printed per that unit ("15 menit/kendaraan") is the time of the case, as read.
    public var caseUnit: Located<String>?
    /// `batas_layanan`: the case's service standard, the public promise (a PATEN's "JUMLAH WAKTU
    /// PENYELESAIAN 3 (tiga) hari kerja"): the whole case falls due by it, counted from its start
    /// on the unit's calendar, instead of by the longest path of its rows; nil: by the rows.
    public var serviceStandard: ServiceStandard?
    /// `batas_layanan` as written, even when it could not be read (an error then says so, and
    /// nothing else need say the case has no service limit).
    public var serviceStandardWritten: Located<String>?
    /// `isian_tanda_terima`: form fields whose answers the receipt prints (the register number
    /// a Keterangan says is written on it: tester 25, finding 7), a NIK or phone masked.
    public var receiptFields: [Located<String>] = []
    /// `di_luar_batas_layanan: [8]`: the rows (ids or printed numbers) whose time is not counted
    /// in the service limit, as the row key `mutu_baku: {di_luar_batas_layanan: ya}` says on a row.
    public var outsideServiceLimitRows: [Located<String>] = []

    public init(titleFields: [Located<String>] = [], receiptStep: Located<String>? = nil, pauseStopsClock: Bool = true) {
        self.titleFields = titleFields
        self.receiptStep = receiptStep
        self.pauseStopsClock = pauseStopsClock
    }
}

/// The case's service standard (`kasus: batas_layanan`): `total`, the printed Total waktu
/// (`cetak.total_waktu`) read as one duration, or a duration written there.
public struct ServiceStandard: Sendable {
    /// The value as written (`total` or `3 hari kerja`).
    public var written: Located<String>
    /// The duration's text as read: the printed total, or the written duration.
    public var text: String
    /// The durations written one after another, each of its own kind of time: one
    /// (`3 hari kerja`), or several as a printed total adds them up (`9 hari kerja 35 menit`).
    public var parts: [WaktuDuration]

    public init(written: Located<String>, text: String, parts: [WaktuDuration]) {
        self.written = written
        self.text = text
        self.parts = parts
    }

    /// The parts as one sum, each kind of time kept apart (working days, service minutes, …).
    public var total: WaktuTotal { WaktuTotal(parts) }

    /// Reads a service standard's text: one duration, or several written one after another
    /// ("4 hari kerja 2 jam 55 menit", "9 (sembilan) hari kerja 35 menit"), each a whole
    /// duration; nil when the text holds anything else (words around it, alternatives).
    public static func parts(of text: String) -> [WaktuDuration]? {
        switch WaktuParser.read(text) {
        case .exact(let duration):
            return [duration]
        case .several(let texts):
            let durations = texts.compactMap { part -> WaktuDuration? in
                if case .success(let duration) = WaktuParser.parse(part) { return duration }
                return nil
            }
            guard durations.count == texts.count, !durations.isEmpty else { return nil }
            // Nothing but the durations: "1 hari (online), 3 hari (langsung)" is two
            // alternatives, not a sum.
            var rest = Substring(text)
            for part in texts {
                guard let range = rest.range(of: part) else { return nil }
                guard rest[..<range.lowerBound].allSatisfy(\.isWhitespace) else { return nil }
                rest = rest[range.upperBound...]
            }
            return rest.allSatisfy(\.isWhitespace) ? durations : nil
        case .inText, .none, .unreadable, .spelledMismatch:
            return nil
        }
    }

    /// Whether `written` names the printed total rather than a duration.
    public var isPrintedTotal: Bool { written.value.lowercased() == Self.totalWord }

    public static let totalWord = "total"
}

extension SOP {
    /// The form field of this name, in the first step that asks for it.
    public func formField(named name: String) -> FormField? {
        for step in steps { if let field = step.form.first(where: { $0.name.value == name }) { return field } }
        return nil
    }
}

extension SOP {
    /// The step whose reaching issues the full receipt (Form Penerimaan Layanan): the one
    /// `kasus: tanda_terima` names; else the first step where the applicant hands in
    /// Kelengkapan (performs it or takes part in it, with items to check: tester 16, finding 1,
    /// a queue-number row "-" before the counter row); else the first step.
    public var receiptStep: Step? {
        if let named = caseSettings.receiptStep { return step(named.value) }
        return steps.first { step in
            !step.mutuBaku.askedKelengkapan.isEmpty && (outsidePerforms(step) || outsideTakesPart(step))
        } ?? steps.first
    }

    /// The steps whose Kelengkapan the receipt lists as received from the applicant (tester 10,
    /// finding 6; tester 16, finding 1): the rows named by `kasus: kelengkapan_diterima`; else
    /// every step up to the receipt step (`issuing`, the whole table when nil) performed by
    /// someone outside the unit (the applicant, another agency, a channel: the steps staff record
    /// for them), and every step they take part in (`terlibat`, `bersama`) before the office's
    /// own first working items (a staff-only row with Kelengkapan); else the first step. Never
    /// the office's own working items (a register, a checklist of a later row).
    public func receivedRows(upTo issuing: Step?) -> Set<String> {
        let named = caseSettings.receivedRows.map(\.value)
        if !named.isEmpty {
            return Set(steps.filter { step in
                named.contains(step.id.value) || step.number.map { named.contains($0) } == true
            }.map(\.id.value))
        }
        let last = issuing.flatMap { stepIndex($0.id.value) } ?? steps.count - 1
        var rows: [String] = []
        var officeWorking = false
        for step in steps.prefix(last + 1) {
            // Performed by them, not only with them once the office works on its own papers: what
            // the office hands the applicant later (SOP 01 row 5, "Berkas analisis", explained to
            // the complainant after row 3's "Berkas pengaduan") is not received from them.
            if outsidePerforms(step) || (!officeWorking && outsideTakesPart(step)) {
                rows.append(step.id.value)
            } else if !step.mutuBaku.askedKelengkapan.isEmpty {
                officeWorking = true
            }
        }
        return Set(rows.isEmpty ? steps.prefix(1).map(\.id.value) : rows)
    }

    private func outside(_ id: String) -> Bool { actor(id).map { !$0.kind.operatesSystem } ?? false }

    private func outsidePerforms(_ step: Step) -> Bool { outside(step.performer.value) }

    private func outsideTakesPart(_ step: Step) -> Bool {
        (step.involved + step.drawn.jointWith).contains { outside($0.value) }
    }
}

extension SOP {
    /// The heading of the full receipt: `kasus: judul_tanda_terima`; else, where `kasus:
    /// tanda_terima` names the row that issues it, that row's Output item that names a receipt
    /// ("Tanda terima dan Nomor Registrasi", "Form Penerimaan Layanan", "Bukti penerimaan
    /// berkas": tester 22, finding 11); nil: the desk's own words (Form Penerimaan Layanan).
    public var receiptHeading: String? {
        if let heading = caseSettings.receiptHeading { return PrintedLine.of(heading.value) }
        guard let named = caseSettings.receiptStep, let step = step(named.value) else { return nil }
        return step.mutuBaku.output.map { PrintedItem.inSentence(PrintedItem.withoutDash(PrintedLine.of($0.value))) }
            .first { item in Self.receiptWords.contains { item.lowercased().contains($0) } }
    }

    /// Words of an Output item that is the receipt itself.
    static let receiptWords = ["tanda terima", "penerimaan", "bukti"]
}

extension SOP {
    /// Whether a step's time is left out of the case's service limit (`kasus: batas_layanan`):
    /// its row says `di_luar_batas_layanan: ya`, or `kasus: di_luar_batas_layanan` names it (by
    /// id or printed number). The step keeps its own standard and deadline.
    public func isOutsideServiceLimit(_ step: Step) -> Bool {
        if step.mutuBaku.outsideServiceLimit != nil { return true }
        return caseSettings.outsideServiceLimitRows.contains { $0.value == step.id.value || $0.value == step.number }
    }

    /// The ids of the steps `isOutsideServiceLimit` keeps.
    public var outsideServiceLimitSteps: Set<String> {
        guard caseSettings.outsideServiceLimitRows.isEmpty == false || steps.contains(where: { $0.mutuBaku.outsideServiceLimit != nil })
        else { return [] }
        return Set(steps.filter(isOutsideServiceLimit).map(\.id.value))
    }
}
