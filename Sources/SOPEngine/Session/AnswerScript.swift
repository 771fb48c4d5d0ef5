import SOPCore
import SOPModel
import SOPYAML

/// An answers file for `sop run --answers`: the answers for each step, in order.
///
///     sebagai: resepsionis            # optional; --as wins
///     tabel: 3                         # only where the tables are alternatives: number or heading
///     langkah:
///       - kegiatan: 1                  # optional check that the step is the one expected
///         kelengkapan: {Identitas: ya}
///         isian: {nama: Siti Aminah, nik: "3573014101900001"}
///         output: {Data pelapor: Identitas dan maksud dicatat}   # or "@berkas.pdf"
///         catatan: [Pelapor datang bersama pendamping]
///       - kegiatan: 2
///         cabang: Ya
///       - tindakan: jeda               # or: {tindakan: batal, alasan: …}
///
/// JSON works too (it is YAML). Read through the same strict reader as SOP files.
public struct AnswerScript: Sendable {
    public struct Entry: Sendable {
        public var step: Located<String>?
        public var kelengkapan: [String: String] = [:]
        public var fields: [String: String] = [:]
        public var outputs: [String: String] = [:]
        public var branch: String?
        public var notes: [String] = []
        public var action: SessionCommand?
        public var mark: Mark
    }

    public var roles: [String]
    public var entries: [Entry]
    /// `tabel:` the table a new case runs, in an SOP whose tables are alternatives (number or heading).
    public var table: Located<String>?

    /// Everything wrong with a script, with its source for carets.
    public struct Problems: Error, Sendable {
        public let diagnostics: [Diagnostic]
        public let source: SourceFile
    }


    /// Reads a script; every problem comes back located.
    public static func parse(bytes: [UInt8], path: String) -> Result<AnswerScript, Problems> {
        let document = YAMLReader.read(bytes, path: path)
        var problems = document.diagnostics
        func problem(_ message: Localized, _ mark: Mark) {
            problems.append(.error("answers-format", message, at: Location(file: path, mark: mark)))
        }
        guard let root = document.root?.mapping else {
            if problems.isEmpty { problem(Catalog.Answers.rootMapping, document.root?.mark ?? .start) }
            return .failure(Problems(diagnostics: problems, source: document.source))
        }
        var script = AnswerScript(roles: [], entries: [])
        for pair in root.pairs {
            switch pair.key.value {
            case "sebagai":
                script.roles = texts(pair.value)
            case "tabel":
                if let scalar = pair.value.scalar {
                    if scalar.value.isEmpty { problem(Catalog.Loader.emptyValue("tabel"), scalar.mark) }
                    script.table = scalar.value.isEmpty ? nil : Located(scalar.value, at: scalar.mark)
                } else {
                    problem(Catalog.Loader.wrongType("tabel", expected: .text, found: pair.value.sequence != nil ? .list : .mapping), pair.value.mark)
                }
            case "langkah":
                guard let items = pair.value.sequence?.items else {
                    problem(Catalog.Answers.stepsList, pair.value.mark)
                    continue
                }
                for item in items {
                    guard let mapping = item.mapping else {
                        problem(Catalog.Answers.entryMapping, item.mark)
                        continue
                    }
                    script.entries.append(entry(mapping, problem: problem))
                }
            default:
                problem(Catalog.Loader.unknownKey(pair.key.value, in: "jawaban"), pair.key.mark)
            }
        }
        if root["langkah"] == nil { problem(Catalog.Loader.missingKey("langkah", in: "jawaban"), root.mark) }
        return problems.isEmpty ? .success(script) : .failure(Problems(diagnostics: problems, source: document.source))
    }

    private static func entry(_ mapping: Mapping, problem: (Localized, Mark) -> Void) -> Entry {
        var entry = Entry(mark: mapping.mark)
        for pair in mapping.pairs {
            let key = pair.key.value
            switch key {
            case "kegiatan":
                if let scalar = pair.value.scalar { entry.step = Located(scalar.value, at: scalar.mark) }
            case "kelengkapan": entry.kelengkapan = dictionary(pair.value, key: key, problem: problem)
            case "isian": entry.fields = dictionary(pair.value, key: key, problem: problem)
            case "output": entry.outputs = dictionary(pair.value, key: key, problem: problem)
            case "cabang": entry.branch = pair.value.scalar?.value
            case "catatan": entry.notes = texts(pair.value)
            case "alasan": break
            case "tindakan":
                switch pair.value.scalar?.value.lowercased() {
                case "jeda": entry.action = .pause
                case "batal": entry.action = .cancel(mapping["alasan"]?.scalar?.value ?? "")
                case "lewati": entry.action = .skip(mapping["alasan"]?.scalar?.value ?? "")
                default: problem(Catalog.Answers.badAction(pair.value.scalar?.value ?? ""), pair.value.mark)
                }
            default:
                problem(Catalog.Loader.unknownKey(key, in: "langkah"), pair.key.mark)
            }
        }
        return entry
    }

    private static func dictionary(_ node: Node, key: String, problem: (Localized, Mark) -> Void) -> [String: String] {
        guard let mapping = node.mapping else {
            if !node.isEmptyValue { problem(Catalog.Loader.wrongType(key, expected: .mapping, found: .text), node.mark) }
            return [:]
        }
        var values: [String: String] = [:]
        for pair in mapping.pairs {
            guard let scalar = pair.value.scalar else {
                problem(Catalog.Loader.wrongType(pair.key.value, expected: .text, found: .list), pair.value.mark)
                continue
            }
            values[pair.key.value] = scalar.value
        }
        return values
    }

    private static func texts(_ node: Node) -> [String] {
        if let scalar = node.scalar { return scalar.value.isEmpty ? [] : [scalar.value] }
        return node.sequence?.items.compactMap(\.scalar?.value) ?? []
    }
}

/// Answers questions from a script, in order; shows messages through another prompter (the
/// terminal's text, or JSON lines). A refused answer stops the run: a script cannot retype.
public final class ScriptedPrompter: Prompter {
    private let script: AnswerScript
    private let display: Prompter
    private var cursor = 0
    private var notesGiven = 0
    /// The entry whose names were checked against its step.
    private var checkedEntry = -1

    /// What is wrong when the walk ends with answers left over (a role ran out of steps, or the
    /// case ended): nil when every entry was used.
    public var leftover: Localized? {
        guard cursor < script.entries.count else { return nil }
        let entry = script.entries[cursor]
        return Catalog.ServiceDesk.answersLeftOver(script.entries.count - cursor, entry: cursor + 1,
                                                   step: entry.step?.value, line: entry.mark.line)
    }

    public init(script: AnswerScript, display: Prompter) {
        self.script = script
        self.display = display
    }

    public func show(_ message: SessionMessage) { display.show(message) }

    public func refused(_ question: Question, reason: Localized) -> Bool { false }

    public func ask(_ question: Question) -> Reply {
        let reply = next(question)
        if case .answer(let text) = reply { display.show(.answered(question, text)) }
        return reply
    }

    private func next(_ question: Question) -> Reply {
        guard cursor < script.entries.count else { return .endOfInput }
        let entry = script.entries[cursor]
        if let action = entry.action {
            cursor += 1
            return .command(action)
        }
        if let expected = entry.step, !Self.matches(expected.value, question.step) {
            return .invalidInput(Catalog.Answers.wrongStep(entry: cursor + 1, written: expected.value,
                                                           active: question.step.number ?? question.step.id.value))
        }
        if checkedEntry != cursor {
            checkedEntry = cursor
            if let problem = Self.unknownName(in: entry, for: question.step, cells: question.cells) { return .invalidInput(problem) }
            if let problem = Self.askedElsewhere(in: entry, question) { return .invalidInput(problem) }
        }
        if notesGiven < entry.notes.count {
            notesGiven += 1
            return .command(.note(entry.notes[notesGiven - 1]))
        }
        let step = question.step.number ?? question.step.id.value
        switch question.kind {
        case .kelengkapan(let item):
            guard let answer = Self.lookup(item.text.value, in: entry.kelengkapan) else {
                return .invalidInput(Catalog.Answers.missing("kelengkapan", item.text.value, step: step))
            }
            return .answer(answer)
        case .field(let field):
            return .answer(entry.fields[field.name.value] ?? "")
        case .output(let item):
            guard let answer = Self.lookup(item, in: entry.outputs) else {
                return .invalidInput(Catalog.Answers.missing("output", item, step: step))
            }
            return .answer(answer)
        case .branch:
            guard let branch = entry.branch else { return .invalidInput(Catalog.Answers.missing("cabang", "", step: step)) }
            return .answer(branch)
        case .complete:
            cursor += 1
            notesGiven = 0
            return .answer("")
        }
    }

    /// A kelengkapan item, form field or output the step does not have: an error, with a
    /// did-you-mean, instead of an answer silently dropped (an output YAML split at a comma).
    static func unknownName(in entry: AnswerScript.Entry, for step: Step, cells: MutuBaku) -> Localized? {
        let label = step.number ?? step.id.value
        let checks: [(String, [String], [String], Bool)] = [
            ("kelengkapan", Array(entry.kelengkapan.keys), cells.askedKelengkapan.map(\.text.value), false),
            ("isian", Array(entry.fields.keys), step.form.map(\.name.value), true),
            ("output", Array(entry.outputs.keys), cells.output.map(\.value), false),
        ]
        for (key, given, known, exact) in checks {
            for name in given.sorted() {
                let found = exact ? known.contains(name) : PrintedItem.match(name, among: known) != nil
                guard !found else { continue }
                return Catalog.ServiceDesk.answersUnknownName(key, name, step: label, known: known,
                                                              suggestion: Suggestion.closest(to: name, among: known))
            }
        }
        return nil
    }

    static func matches(_ written: String, _ step: Step) -> Bool {
        let normalized = written.hasSuffix(".") ? String(written.dropLast()) : written
        return normalized == step.id.value || normalized == step.number
            || (step.number.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 } == normalized)
    }

    /// The answer given for a printed item: named as printed, in another case, or without its
    /// list letter and closing mark (`PrintedItem.key`).
    static func lookup(_ key: String, in values: [String: String]) -> String? {
        values[key] ?? values.first { $0.key.lowercased() == key.lowercased() }?.value
            ?? values.first { PrintedItem.key($0.key) == PrintedItem.key(key) }?.value
    }
}

extension ScriptedPrompter {
    /// A row's Kelengkapan given at a box that does not ask it (the row's first box of the pass
    /// asks it), or its Output at a box that hands on inside the row (the last asks it): an
    /// error, instead of an answer silently unused.
    static func askedElsewhere(in entry: AnswerScript.Entry, _ question: Question) -> Localized? {
        let label = question.step.number ?? question.step.id.value
        if !question.asksKelengkapan, let item = entry.kelengkapan.keys.sorted().first {
            return Catalog.RowBoxes.answerAtOtherBox("kelengkapan", item, step: label, first: true)
        }
        for item in entry.outputs.keys.sorted() {
            // An item this box produces (`oleh`) is asked here; another box's own item is not.
            if let shares = question.boxOutput, let known = PrintedItem.match(item, among: question.cells.output.map(\.value)) {
                if shares.own.contains(known) { continue }
                if let box = shares.owners[known] { return Catalog.RowBoxes.answerAtItsBox(item, step: label, box: box) }
            }
            if !question.asksOutput { return Catalog.RowBoxes.answerAtOtherBox("output", item, step: label, first: false) }
        }
        return nil
    }
}
