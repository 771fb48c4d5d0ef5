import Foundation
import SOPCore
import SOPEngine
import SOPModel

/// The receipt a complainant takes home ("Form Penerimaan Layanan", tanda terima): what was
/// received, when the service is due, who received it, and the tracking code for `sop status`.
/// Personal values are masked; internal notes are never on it.
public struct Receipt: Sendable, Equatable {
    public var instansi: String
    public var unit: String?
    public var nomor: String
    public var judul: String
    public var caseID: String
    public var receivedAt: Date
    public var title: String
    public var present: [String]
    public var missing: [String]
    /// Conditional items that did not apply to the case (tester 16, finding 11): printed on a line
    /// of their own only when there are some.
    public var notApplicable: [String] = []
    public var due: Date?
    /// What the due date leaves out and is added to it (`Engine.ServicePromise`: the time a row
    /// outside the service limit takes, still running or to come), printed after the date.
    public var dueAdded: [Localized] = []
    /// The receipt row sent the file back as incomplete (tester 29, F5): no completion date, a
    /// note that it is counted once the complete file is received.
    public var returned = false
    /// The officer who received the complaint (who recorded the case's first step).
    public var receivedBy: String
    /// The officer who issued this paper: for the full form, who completed the step the SOP
    /// names (`kasus: tanda_terima`); for a receipt of an open case, who received it.
    public var issuedBy: String
    /// The issuing officer as the signature names them: the roster's full name and NIP when
    /// `naming` found a profile (the name on the line, the NIP under it); nil: `issuedBy`.
    public var signature: Signature? = nil
    public var tracking: String
    /// Whether this is the SOP's full Form Penerimaan Layanan, or a receipt of a case still on its way.
    public var kind: Kind
    /// The caption of the recipient's place to sign as the SOP names it (`kasus:
    /// penerima_tanda_terima`, "Pemohon"); nil: "Pelapor / penerima layanan".
    public var recipientCaption: String?
    /// The full form's heading as the SOP names it (`SOP.receiptHeading`); nil: Form Penerimaan Layanan.
    public var fullHeading: String? = nil
    /// Where the case stands: shown on a receipt issued before the SOP's receipt step.
    public var progress: CaseState.Status
    /// The step that issues the full form (its number), for the note on an early receipt.
    public var issuingStep: String
    /// How the due time was counted when the unit has no working calendar (`kalender.yaml`):
    /// printed under it (`Receipt+Due`); nil with a calendar.
    public var dueCounting: DueCounting? = nil
    /// When a completed case was completed: printed instead of its due time (`Selesai pada …`).
    public var finishedAt: Date? = nil
    /// The outcome a completed case ended with (a decision's exit to the end, `hasil_akhir`).
    public var outcome: String? = nil
    /// When a cancelled case was cancelled: printed instead of a due time the case will never
    /// meet (tester 11's F10).
    public var cancelledAt: Date? = nil
    /// The full form's step's Output as recorded ("Tanda terima dan Nomor Registrasi:
    /// REG-2026/0112"), personal values masked: the paper the row's Output names carries it.
    public var issued: [Issued] = []

    public struct Issued: Sendable, Equatable {
        public var item: String
        public var value: String
    }

    /// The answers the SOP prints on the receipt (`kasus: isian_tanda_terima`), each under its
    /// field's label, a NIK or phone masked; only those given by the receipt's step.
    public var fields: [Field] = []

    public struct Field: Sendable, Equatable {
        public var label: String
        public var value: String
        /// The value on an English receipt, where it differs (a number's decimal point).
        public var english: String? = nil

        public func shownValue(_ language: Language) -> String { language == .en ? english ?? value : value }
    }

    public struct Signature: Sendable, Equatable {
        public var name: String
        public var nip: String
    }

    public enum Kind: Sendable, Equatable {
        /// The Form Penerimaan Layanan, issued at the step the SOP names.
        case full
        /// A receipt of what has been received so far, before that step: the complainant at the
        /// walk-in desk leaves with the tracking code.
        case provisional
    }

    public enum Failure: Error, Equatable {
        case noTracking
    }

    /// The receipt of a case: the full form once the step the SOP names (`kasus: tanda_terima`,
    /// else the first step the applicant hands in Kelengkapan at: `SOP.receiptStep`) has been reached, before that a receipt of what was received so far
    /// and the word "sedang diproses". `due` is the case's due time as the clock stands (pauses
    /// that stop the clock move it on).
    public static func make(state: CaseState, sop: SOP, tracking: String?, due: Date?) -> Result<Receipt, Failure> {
        let issuing = sop.receiptStep
        let visits = (state.completed + state.active).sorted { $0.startedAt < $1.startedAt }
        guard let tracking, let started = state.started, let startedAt = state.startedAt else { return .failure(.noTracking) }
        let visit = issuing.flatMap { issuing in visits.last(where: { $0.step == issuing.id.value }) }
        // Kelengkapan the applicant handed in (`SOP.receivedRows`: never the office's own working
        // items) of every such step visited up to the receipt (all so far before it), in the
        // order first asked, each with its latest answer (a later visit or a correction wins).
        let received = sop.receivedRows(upTo: issuing)
        var order: [String] = []
        // nil: a conditional item that does not apply to the case ("tidak berlaku").
        var answers: [String: Bool?] = [:]
        for done in visits where visit.map({ done.startedAt <= $0.startedAt }) ?? true {
            guard received.contains(done.step), let step = sop.step(done.step) else { continue }
            for item in step.mutuBaku.kelengkapan {
                guard let answer = done.kelengkapan[item.text.value] else { continue }
                let given: Bool? = done.notApplicable.contains(item.text.value) ? nil : answer
                if answers.updateValue(given, forKey: item.text.value) == nil { order.append(item.text.value) }
            }
        }
        // Items in a comma list: without the closing ";" or "," of the printed cell.
        let present = order.filter { answers[$0] == .some(true) }.map(PrintedItem.inSentence)
        let missing = order.filter { answers[$0] == .some(false) }.map(PrintedItem.inSentence)
        let notApplicable = order.filter { answers[$0] == .some(nil) }.map(PrintedItem.inSentence)
        func officer(_ visit: StepVisit?) -> String? { visit.flatMap { $0.completedBy ?? $0.operators.sorted().first } }
        let receivedBy = officer(visits.first) ?? state.startedBy ?? "-"
        var receipt = Receipt(
            instansi: sop.identity.instansi?.value ?? "", unit: sop.identity.unit?.value, nomor: started.nomor,
            judul: PrintedLine.of(started.judul), caseID: state.id.rawValue, receivedAt: startedAt, title: state.title(sop: sop),
            present: present, missing: missing, due: due, receivedBy: receivedBy,
            issuedBy: officer(visit) ?? receivedBy, tracking: tracking, kind: visit == nil ? .provisional : .full,
            progress: state.status, issuingStep: issuing.map { $0.number ?? $0.id.value } ?? "-")
        receipt.notApplicable = notApplicable
        receipt.fields = sop.caseSettings.receiptFields.compactMap { name -> Field? in
            guard let field = sop.formField(named: name.value) else { return nil }
            let answers = visits.filter { done in visit.map { done.startedAt <= $0.startedAt } ?? true }
            guard let value = answers.last(where: { $0.fields[name.value] != nil })?.fields[name.value], !value.isEmpty else { return nil }
            let english = field.shown(value, language: .en), shown = field.shown(value)
            return Field(label: PrintedLine.of(field.label), value: shown, english: english == shown ? nil : english)
        }
        // A row that names the desk's own form keeps its words in each language ("Service Receipt").
        receipt.recipientCaption = sop.caseSettings.receiptRecipient.map { PrintedLine.of($0.value) }
        receipt.fullHeading = sop.receiptHeading.flatMap {
            $0.lowercased() == Catalog.ServiceDesk.receiptHeading.id.lowercased() ? nil : $0
        }
        if let visit, let issuing {
            let printedFields = Set(receipt.fields.map { $0.label.lowercased() })
            receipt.issued = sop.askedOutput(of: issuing.id.value).compactMap { item in
                guard let record = visit.outputs[item.value] else { return nil }
                // An Output recorded as the form (Enter at the desk) prints the form's answers,
                // not its labels (tester 29, F6); none when the receipt prints them already.
                if Catalog.StepOutputs.isRecordedAsForm(record.text), record.attachment == nil {
                    let answers = issuing.form.compactMap { field -> String? in
                        guard !printedFields.contains(PrintedLine.of(field.label).lowercased()),
                            let value = visit.fields[field.name.value], !value.isEmpty else { return nil }
                        return PrintedLine.of(field.label) + ": " + field.shown(value)
                    }
                    return answers.isEmpty ? nil
                        : Issued(item: PrintedItem.inSentence(PrintedItem.withoutDash(item.value)), value: answers.joined(separator: "; "))
                }
                let text = PersonalEcho.quoted(record.text)
                let value = text.isEmpty ? record.attachment.map { "[\($0.name)]" } ?? "" : text
                return value.isEmpty ? nil : Issued(item: PrintedItem.inSentence(PrintedItem.withoutDash(item.value)), value: value)
            }
            // An Output item the receipt already prints as a field of the same name (the register
            // number asked both as `isian_tanda_terima` and as the row's Output) is printed once.
            let printed = Set(receipt.fields.map { $0.label.lowercased() })
            receipt.issued.removeAll { printed.contains($0.item.lowercased()) }
        }
        receipt.finishedAt = state.status == .completed ? state.endedAt : nil
        receipt.outcome = state.status == .completed ? state.outcome : nil
        receipt.cancelledAt = state.status == .cancelled ? state.endedAt : nil
        return .success(receipt)
    }
}

/// Paper the receipt is printed on.
public enum ReceiptPaper: String, Sendable, CaseIterable {
    case a4, a5
    case mm58 = "58"
    case mm80 = "80"

    /// Characters per line of a thermal receipt printer (Font A).
    public var columns: Int? {
        switch self {
        case .mm58: 32
        case .mm80: 48
        case .a4, .a5: nil
        }
    }
}
