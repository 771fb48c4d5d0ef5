import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// The engine keeps what every answer looks up about a step (`StepFacts`) instead of asking the
/// SOP again: each kept answer must be the SOP's own, for every step of every SOP here (the
/// shipped ones and the fixtures: rows of several boxes, merged and counted-from waktu cells,
/// several tables, alternatives, unnumbered rows).
@Suite struct StepFactsTests {
    static let sops: [String] = {
        var paths: [String] = []
        for folder in ["sop", "Tests/Fixtures"] {
            let root = Fixtures.root + "/" + folder
            guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
            for case let path as String in walker where path.hasSuffix(".yaml") {
                guard let text = FileManager.default.contents(atPath: root + "/" + path),
                    String(decoding: text, as: UTF8.self).contains("\nkegiatan:")
                else { continue }
                paths.append(folder + "/" + path)
            }
        }
        return paths.sorted()
    }()

    @Test func thereAreSOPsToCompare() {
        #expect(Self.sops.count >= 20, "\(Self.sops)")
    }

    @Test(arguments: StepFactsTests.sops) func everyKeptAnswerIsTheSOPs(_ path: String) throws {
        let loaded = SOPLoader.load(path: Fixtures.root + "/" + path)
        // A fixture of errors: nothing runs it. Every shipped SOP runs.
        guard let sop = loaded.sop, !loaded.hasErrors else { return #expect(!path.hasPrefix("sop/"), "\(path)") }
        let engine = Engine(sop: sop)
        for (index, step) in sop.steps.enumerated() {
            let id = step.id.value
            let at = "\(path) step \(id)"
            #expect(engine.step(id).map(\.id.value) == sop.step(id).map(\.id.value), "\(at)")
            #expect(engine.step(id).flatMap { sop.stepIndex($0.id.value) } == sop.stepIndex(id), "\(at)")
            #expect(engine.facts.boxRow[index] == sop.boxRow(of: index), "\(at)")
            #expect(engine.facts.rowPass[index] == sop.rowPass(of: index), "\(at)")
            #expect(Self.items(engine.kelengkapan(of: id)) == Self.items(sop.kelengkapan(of: id)), "\(at)")
            #expect(Self.items(engine.askedKelengkapan(of: id)) == Self.items(sop.askedKelengkapan(of: id)), "\(at)")
            #expect(Self.texts(engine.output(of: id)) == Self.texts(sop.output(of: id)), "\(at)")
            #expect(Self.texts(engine.askedOutput(of: id)) == Self.texts(sop.askedOutput(of: id)), "\(at)")
            #expect(Self.timing(engine.timing(of: id)) == Self.timing(sop.timing(of: id)), "\(at)")
            let kept = engine.facts.tableRow[index], asked = sop.tableRow(of: index)
            #expect(kept.table == asked.table && kept.title == asked.title && kept.row == asked.row && kept.rows == asked.rows, "\(at)")
            #expect(engine.facts.rowLabel[index].id == sop.printedRowLabel(of: index, .id), "\(at)")
            #expect(engine.facts.rowLabel[index].en == sop.printedRowLabel(of: index, .en), "\(at)")
            #expect(engine.stepLabel(id) == sop.stepLabel(id) && engine.stepLabel(id) == engine.step(id).map(engine.label), "\(at)")
            // What a visit's facts read of its step, in one look-up (`CaseState.soFar`).
            let engineVisit = engine.visitFacts(of: id), sopVisit = sop.visitFacts(of: id)
            #expect(engineVisit?.label == sopVisit?.label && engineVisit?.label == engine.stepLabel(id), "\(at)")
            #expect(engineVisit?.form.map(\.name.mark) == sopVisit?.form.map(\.name.mark) && sopVisit?.form.count == step.form.count, "\(at)")
            #expect(engineVisit.map { Self.items($0.kelengkapan) } == sopVisit.map { Self.items($0.kelengkapan) }, "\(at)")
            #expect(engineVisit.map { Self.texts($0.outputs) } == sopVisit.map { Self.texts($0.outputs) }, "\(at)")
            // The session's test for a row of several boxes, as it was written.
            #expect((engine.facts.boxRow[index] != nil) == (sop.steps.rowRanges.first { $0.contains(index) }?.count ?? 1 > 1), "\(at)")
            for field in step.form {
                #expect(engine.formField(named: field.name.value)?.name.mark == sop.formField(named: field.name.value)?.name.mark, "\(at)")
                #expect(engine.isTitleField(field.name.value) == sop.isTitleField(field.name.value), "\(at)")
            }
        }
        #expect(engine.facts.totalWaktu == sop.totalWaktu, "\(path)")
        for actor in sop.actors {
            #expect(engine.actor(actor.id.value)?.id.mark == sop.actor(actor.id.value)?.id.mark, "\(path) actor \(actor.id.value)")
            #expect(engine.roleName(actor.id.value) == sop.roleName(actor.id.value), "\(path) actor \(actor.id.value)")
        }
        for unknown in ["", "tidak-ada", "99"] {
            #expect(engine.step(unknown) == nil && sop.step(unknown) == nil)
            #expect(engine.actor(unknown) == nil && sop.actor(unknown) == nil)
            #expect(engine.stepLabel(unknown) == nil && engine.roleName(unknown) == nil)
            #expect(engine.visitFacts(of: unknown) == nil && sop.visitFacts(of: unknown) == nil)
            #expect(engine.kelengkapan(of: unknown).isEmpty && engine.output(of: unknown).isEmpty && engine.timing(of: unknown) == nil)
        }
    }

    /// The case's title, search keys, listing row and what the next desk reads, through the
    /// engine's kept names and through the SOP, for a case of SOP 01 answered to its end.
    @Test func caseViewsAreTheSameThroughTheEngine() throws {
        let (sop, _) = Fixtures.sop("sop/01-pengaduan-langsung.yaml")
        let engine = Engine(sop: sop)
        var state = CaseState(id: CaseID("01-2026-000001"))
        var sequence = 0
        func apply(_ kinds: [CaseEvent.Kind]) {
            for kind in kinds {
                sequence += 1
                state.apply(CaseEvent(sequence: sequence, at: Fixtures.monday.addingTimeInterval(Double(sequence) * 60),
                                      operatorName: "budi", role: state.active.first?.role ?? "resepsionis", kind: kind))
            }
        }
        let started = CaseEvent.CaseStarted(nomor: sop.nomor, judul: sop.judul, revision: "rev", revisionDate: "-",
                                            file: "01.yaml", tracking: "K7QF-M2XR-9P")
        apply(engine.start(started, by: "resepsionis", at: Fixtures.monday))
        let actor = Operator(name: "budi", roles: sop.actors.map(\.id.value))
        var compared = 0
        while let visit = state.active.first, compared < 200 {
            compared += 1
            #expect(state.soFar(engine: engine, excluding: visit) == state.soFar(sop: sop, excluding: visit))
            #expect(state.title(engine: engine) == state.title(sop: sop))
            #expect(state.projection(engine: engine) == state.projection(sop: sop))
            // The listing row's title and keys, read from the title's and the personal fields only,
            // are what `sop db verify` derives from every answer (`title(sop:)`, `searchKeys(sop:)`).
            #expect(state.projection(engine: engine)?.lookup.title == state.title(sop: sop))
            #expect(state.projection(engine: engine)?.lookup.searchKeys == state.searchKeys(sop: sop))
            let command: Command
            switch engine.pending(visit, in: state).first {
            case .kelengkapan(let item)?: command = .checkKelengkapan(step: visit.step, item: item.text.value, present: compared % 3 != 0)
            case .field(let field)?:
                let value = switch field.type.value {
                case .nik: "3573014101900001"
                case .telepon: "0812-3456-7890"
                case .pilihan: field.options.first?.value ?? ""
                default: "Siti \(compared)"
                }
                command = .answerField(step: visit.step, field: field.name.value, value: value)
            case .output(let item)?: command = .recordOutput(step: visit.step, item: item, text: "dicatat", attachment: nil)
            case .branch(let decision)?: command = .chooseBranch(step: visit.step, label: decision.branches[0].label.value)
            case nil: command = .completeStep(step: visit.step)
            }
            let kinds = try engine.execute(command, on: state, by: actor, at: Fixtures.monday.addingTimeInterval(Double(compared) * 600))
            let events = kinds.enumerated().map { CaseEvent(sequence: sequence + 1 + $0.offset, at: Fixtures.monday, operatorName: "budi", role: visit.role, kind: $0.element) }
            #expect(CaseState.mayChangeLookup(events, engine: engine) == CaseState.mayChangeLookup(events, sop: sop))
            // Keys known unchanged are kept, and are then what computing them again gives.
            let keysBefore = state.searchKeys(sop: sop)
            apply(kinds)
            if !CaseState.mayChangeKeys(events, engine: engine) { #expect(state.searchKeys(sop: sop) == keysBefore) }
        }
        #expect(state.status == .completed)
        #expect(!state.title(engine: engine).isEmpty)
        #expect(state.searchKeys(engine, fields: state.latestFields) == state.searchKeys(sop: sop))
        #expect(!state.searchKeys(sop: sop).isEmpty)
        #expect(engine.searchKeyFields == sop.searchKeyFields)
        #expect(!engine.searchKeyFields.isEmpty)
    }

    static func items(_ list: [Kelengkapan]) -> [String] { list.map { "\($0.text.value)|\($0.requiredToProceed)|\($0.text.mark)" } }
    static func texts(_ list: [Located<String>]) -> [String] { list.map { "\($0.value)|\($0.mark)" } }
    static func timing(_ timing: StepTiming?) -> String? {
        timing.map { "\($0.waktu.text.value)|\($0.waktu.text.mark)|\($0.from ?? "-")" }
    }
}

/// The search key of a personal value, and the latest answer to one field, taken the short way
/// (ASCII text byte by byte; one field's answers only): the same as the general way.
@Suite struct LookupShortWayTests {
    static func keyTheLongWay(_ value: String) -> String? {
        var digits = value.filter { $0.isASCII && $0.isNumber }
        if digits.hasPrefix("62") { digits = "0" + digits.dropFirst(2) }
        guard digits.count >= 6 else { return nil }
        return SHA256.hex(Array(digits.utf8))
    }

    @Test(arguments: ["3573014101900001", "0812-3456-7890", "+62 812 3456 7890", "62812", "(021) 555\r\n1234", "",
                      "nomor: 0812 3456 7890.", "３５７３０１４１０１", "0812３456７890", "1\u{0301}23456789", "08١٢34567890",
                      "Siti Aminah", "12345", "123456"])
    func searchKeysAreTheSame(_ value: String) {
        #expect(CaseState.searchKey(value) == Self.keyTheLongWay(value), "\(value.debugDescription)")
    }

    @Test func theLatestAnswerToOneFieldIsTheOneLatestFieldsGives() {
        var state = CaseState(id: CaseID("01-2026-000001"))
        let t0 = Fixtures.monday
        func event(_ sequence: Int, _ minutes: Double, _ kind: CaseEvent.Kind) {
            state.apply(CaseEvent(sequence: sequence, at: t0.addingTimeInterval(minutes * 60), operatorName: "budi", role: "r", kind: kind))
        }
        event(1, 0, .stepStarted(.init(step: "1", visit: 1, role: "r", due: nil)))
        event(2, 1, .fieldAnswered(.init(step: "1", visit: 1, field: "nama", value: "Siti")))
        event(3, 2, .fieldAnswered(.init(step: "1", visit: 1, field: "maksud", value: "izin")))
        event(4, 3, .stepCompleted(.init(step: "1", visit: 1)))
        event(5, 3, .stepStarted(.init(step: "2", visit: 1, role: "r", due: nil)))
        event(6, 3, .stepStarted(.init(step: "3", visit: 1, role: "r", due: nil)))
        event(7, 4, .fieldAnswered(.init(step: "3", visit: 1, field: "nama", value: "Siti Aminah")))
        event(8, 5, .fieldAnswered(.init(step: "2", visit: 1, field: "nama", value: "Budi")))
        for name in ["nama", "maksud", "tidak-ada"] { #expect(state.latestField(name) == state.latestFields[name], "\(name)") }
    }
}
