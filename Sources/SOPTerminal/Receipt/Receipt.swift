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
    public var due: Date?
    public var officer: String
    public var tracking: String

    public enum Failure: Error, Equatable {
        /// The step that issues the receipt has not been reached yet.
        case notYet(step: String, current: [String])
        case noTracking
    }

    /// The receipt of a case, once the step the SOP names (`kasus: tanda_terima`, else the
    /// first step) has been reached.
    public static func make(state: CaseState, sop: SOP, tracking: String?) -> Result<Receipt, Failure> {
        let issuing = sop.caseSettings.receiptStep.flatMap { sop.step($0.value) } ?? sop.steps.first
        let label = issuing.map { $0.number ?? $0.id.value } ?? "-"
        let visits = state.completed + state.active
        guard let issuing, let visit = visits.last(where: { $0.step == issuing.id.value }) else {
            let current = state.active.map { sop.step($0.step).map { $0.number ?? $0.id.value } ?? $0.step }
            return .failure(.notYet(step: label, current: current))
        }
        guard let tracking, let started = state.started, let startedAt = state.startedAt else { return .failure(.noTracking) }
        // Kelengkapan of every step visited up to the receipt, in the order first asked, each
        // with its latest answer (a later visit or a correction wins).
        var order: [String] = []
        var answers: [String: Bool] = [:]
        for done in visits where done.startedAt <= visit.startedAt {
            guard let step = sop.step(done.step) else { continue }
            for item in step.mutuBaku.kelengkapan {
                guard let answer = done.kelengkapan[item.text.value] else { continue }
                if answers.updateValue(answer, forKey: item.text.value) == nil { order.append(item.text.value) }
            }
        }
        let present = order.filter { answers[$0] == true }, missing = order.filter { answers[$0] == false }
        let officer = visit.completedBy ?? visit.operators.sorted().first ?? state.startedBy ?? "-"
        return .success(Receipt(
            instansi: sop.identity.instansi?.value ?? "", unit: sop.identity.unit?.value, nomor: started.nomor,
            judul: started.judul, caseID: state.id.rawValue, receivedAt: startedAt, title: state.title(sop: sop),
            present: present, missing: missing, due: started.due, officer: officer, tracking: tracking))
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
