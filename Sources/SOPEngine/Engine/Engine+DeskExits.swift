import Foundation
import SOPCore
import SOPModel

/// A decision's exits as the desk offers and accepts them (tester 10, finding 5): by the number
/// of the choice, the drawn label, the row an unlabelled exit leads to ("5", "3.b", "ke kegiatan
/// 5"), or the word the row's Keterangan names it by ("benar").
extension Engine {
    /// The branch an operator's answer names, or nil.
    public static func branch(_ choice: String, of step: Step, in decision: Decision) -> Branch? {
        if let branch = branch(choice, in: decision) { return branch }
        let text = choice.trimmingWhitespace().lowercased()
        guard !text.isEmpty else { return nil }
        let said = KeteranganExits.words(of: step)
        if let index = said.first(where: { $0.value.lowercased() == text })?.key {
            return decision.branches[index]
        }
        // "y" / "t" at a decision whose two exits are Ya and Tidak, drawn or named; and the
        // question's own words, "layak" / "tidak layak" at "Layak?" (tester 31, F13).
        if let long = ["y": "ya", "iya": "ya", "t": "tidak"][text] ?? Self.yesNo(answering: decision.question?.value, text) {
            let names = decision.branches.indices.map { ($0, (decision.branches[$0].isUnlabelled ? said[$0] : decision.branches[$0].label.value)?.lowercased()) }
            if names.count == 2, Set(names.compactMap(\.1)) == ["ya", "tidak"], let index = names.first(where: { $0.1 == long })?.0 {
                return decision.branches[index]
            }
        }
        let holding = branchesHolding(choice, of: step, in: decision)
        return holding.count == 1 ? decision.branches[holding[0]] : nil
    }

    /// "ya" or "tidak" when `typed` answers the decision's question in its own words: the
    /// question without its "?" ("Layak?" → "layak", "Apakah berkas lengkap?" → "berkas lengkap"
    /// or "lengkap", its last words) means Ya; those words after "tidak" or "belum" mean Tidak.
    /// A question that opens with its key word ("Lulus uji?", tester 34 F4) is answered by its
    /// first words too: "lulus" is Ya, "tidak lulus" / "belum lulus" Tidak. Only a word that
    /// answers a yes-no question by itself (`keyWords`) opens such a run: "berkas" does not
    /// answer "Berkas lengkap?".
    static let keyWords: Set<String> = [
        "lulus", "lolos", "layak", "laik", "lengkap", "sesuai", "memenuhi", "disetujui", "setuju", "diterima", "sah", "valid",
        "benar", "lunas", "ada", "perlu", "diperlukan", "cukup", "tersedia", "selesai", "berhasil", "terpenuhi", "absah", "baik",
    ]

    static func yesNo(answering question: String?, _ typed: String) -> String? {
        guard let question else { return nil }
        var asked = words(question.replacingOccurrences(of: "?", with: " "))
        if asked.first == "apakah" { asked.removeFirst() }
        var answer = words(typed)
        guard !asked.isEmpty, !answer.isEmpty else { return nil }
        var verdict = "ya"
        if ["tidak", "belum"].contains(answer[0]) {
            verdict = "tidak"
            answer.removeFirst()
        }
        guard !answer.isEmpty, answer.count <= asked.count else { return nil }
        if Array(asked.suffix(answer.count)) == answer { return verdict }
        guard keyWords.contains(asked[0]), Array(asked.prefix(answer.count)) == answer else { return nil }
        return verdict
    }

    /// The branches (indices) whose words, drawn label or the Keterangan's word for them, hold
    /// the answer's words in a row: "tidak sesuai" names "data tidak sesuai" (tester 16,
    /// finding 4). Several: the answer is ambiguous and the desk says so.
    public static func branchesHolding(_ choice: String, of step: Step, in decision: Decision) -> [Int] {
        let typed = words(choice)
        guard !typed.isEmpty else { return [] }
        let said = KeteranganExits.words(of: step)
        return decision.branches.indices.filter { index in
            let branch = decision.branches[index]
            let names = (branch.isUnlabelled ? [] : [branch.label.value]) + (said[index].map { [$0] } ?? [])
            return names.contains { PrintedItem.holdsRun(typed, in: words($0)) }
        }
    }

    private static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    /// What is still to be given, a branch named by where its exits lead.
    public func describe(_ requirement: Requirement, of step: Step) -> Localized {
        if case .branch = requirement { return Catalog.DecisionExits.requirementBranch(exitWords(of: step)) }
        return describe(requirement)
    }

    /// The outcome of a decision's labelled exit to `selesai` ("Bukan kewenangan") taken when
    /// nothing else of the case is active: the case ends with it, told apart from a completion
    /// through the table's last row without an end box drawn for it (tester 10, finding 7).
    /// Nil for an unlabelled exit, another step, or while other work goes on.
    func endingExit(of step: Step, visit: StepVisit, in state: CaseState) -> String? {
        guard case .decision = step.flow, let chosen = visit.branch, chosen.target == Target.endKeyword,
            !chosen.label.trimmingWhitespace().isEmpty,
            !state.active.contains(where: { $0.step != step.id.value })
        else { return nil }
        return exitOutcome(of: step, visit: visit) ?? chosen.label
    }

    /// The `hasil` written on the exit the visit took, when it carries one (tester 26, finding 5).
    func exitOutcome(of step: Step, visit: StepVisit) -> String? {
        guard case .decision(let decision) = step.flow, let chosen = visit.branch else { return nil }
        return decision.branches.first { $0.label.value == chosen.label && $0.target.value.text == chosen.target }?.outcome?.value
            ?? decision.branches.first { $0.label.value == chosen.label }?.outcome?.value
    }

    /// Whether the visit's chosen branch leads back up the table (to its own row or one above).
    func sendsBack(_ visit: StepVisit, index: Int) -> Bool {
        guard let chosen = visit.branch, chosen.target != Target.endKeyword, let target = graph.index(of: chosen.target) else {
            return false
        }
        return target <= index
    }

    /// The exits of a decision step in the catalog's words.
    func exitWords(of step: Step) -> [Catalog.DecisionExits.Exit] {
        sop.deskExits(of: step).map(\.words)
    }
}

extension DeskExit {
    /// The exit as the catalog words it.
    public var words: Catalog.DecisionExits.Exit { (label, said, row, back, ends) }
}
