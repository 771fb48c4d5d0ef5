import Foundation
import SOPCore
import SOPEngine
import SOPModel

/// `sop run` of an SOP whose tables are alternative procedures: which table the new case runs,
/// from the answers file (`tabel:`) or asked at the desk before the case is opened.
enum TableChoosing {
    /// The chosen table (1-based); nil when the SOP's tables are not alternatives.
    static func choose(in sop: SOP, script: AnswerScript?, prompter: Prompter, clock: Clock, language: Language) throws -> Int? {
        guard let decision = TableChoice.decision(for: sop, language: language) else { return nil }
        let titles = TableChoice.titles(of: sop)
        if let script {
            guard let written = script.table else {
                throw CommandFailure(Catalog.AlternativeTables.answersNeedTable(titles), language: language, exitCode: 1)
            }
            guard let table = TableChoice.table(written.value, in: sop) else {
                throw CommandFailure(Catalog.AlternativeTables.unknownTable(written.value, count: titles.count), language: language, exitCode: 1)
            }
            return table
        }
        guard let first = sop.steps.first else { return nil }
        let question = Question.tableChoice(decision, first: first, at: clock.now())
        while true {
            switch prompter.ask(question) {
            case .answer(let text):
                if let table = TableChoice.table(text, in: sop) { return table }
                guard prompter.refused(question, reason: Catalog.AlternativeTables.unknownTable(text, count: titles.count)) else {
                    throw CommandFailure(Catalog.AlternativeTables.noTableChosen, language: language, exitCode: 1)
                }
            case .endOfInput:
                throw CommandFailure(Catalog.AlternativeTables.noTableChosen, language: language, exitCode: 1)
            case .invalidInput(let reason):
                guard prompter.refused(question, reason: reason) else {
                    throw CommandFailure(Catalog.AlternativeTables.noTableChosen, language: language, exitCode: 1)
                }
            case .command:
                guard prompter.refused(question, reason: Catalog.AlternativeTables.unknownTable("", count: titles.count)) else {
                    throw CommandFailure(Catalog.AlternativeTables.noTableChosen, language: language, exitCode: 1)
                }
            }
        }
    }
}
