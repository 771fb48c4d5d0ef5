import Foundation
import SOPCore
import SOPEngine
import SOPModel

/// The step form's fields (the contract's names) turned into engine commands, validated by the
/// engine itself, the same code as the terminal's: every refusal is kept by field so the page
/// shows it next to that field, and nothing is written unless the whole form passes.
///
/// - `k.<index>` = `ada` for each kelengkapan present (unchecked: missing, once `kurang` = `ya`
///   confirms it); `tb` for a conditional item that does not apply ("tidak berlaku")
/// - `f.<name>` for each form field; on a later pass of its row, empty keeps the previous answer
/// - `o.<index>` text, or `of.<index>` an uploaded file, for each output
/// - `cabang` the branch (its label, or its number for unlabelled exits)
/// - `catatan` a note; `lewati` = `ya` with `alasan` to skip an optional step
enum StepForm {
    static func build(_ form: FormData, step: Step, pinned: PinnedCase, actor: Operator, now: Date,
                      saveAttachment: ([UInt8], String) throws -> CaseEvent.Attachment) throws
        -> Result<[CaseEvent.Kind], ValidationFailure>
    {
        let engine = pinned.engine, stepID = step.id.value
        var draft = pinned.state
        var kinds: [CaseEvent.Kind] = []
        var errors: [String: Localized] = [:]
        var unsupported = false
        func run(_ command: Command, field: String) -> Bool {
            do {
                let made = try engine.execute(command, on: draft, by: actor, at: now)
                for kind in made {
                    draft.apply(CaseEvent(sequence: draft.lastSequence + 1, at: now, operatorName: actor.name, role: nil, kind: kind))
                }
                kinds += made
                return true
            } catch {
                if errors[field] == nil {
                    var message = Catalog.WebRefusals.web(error.message)
                    if case .recordOutput(_, let item, _, _) = command, message == Catalog.Run.emptyOutput(item) {
                        message = Catalog.WebRefusals.emptyOutput(item)
                    }
                    errors[field] = message
                }
                return false
            }
        }
        // Text has a length limit, said next to the field: a form answer, an output, a note.
        for (key, values) in form.fields {
            guard let limit = TextLimit.of(key), let value = values.first, value.count > limit else { continue }
            errors[key] = Catalog.WebForms.tooLong(limit: limit, given: value.count)
        }
        guard errors.isEmpty else { return .failure(ValidationFailure(messages: errors)) }
        let note = form.text("catatan")
        if !note.isEmpty { _ = run(.addNote(step: stepID, text: note), field: "catatan") }
        if form["lewati"] == "ya" {
            _ = run(.skipStep(step: stepID, reason: form.text("alasan")), field: "alasan")
            return errors.isEmpty ? .success(kinds) : .failure(ValidationFailure(messages: errors))
        }
        guard let visit = draft.visit(of: stepID) else { return .failure(ValidationFailure(messages: ["": Catalog.Serve.notWaiting])) }
        var files: [(index: Int, item: String, file: FormData.File)] = []
        for requirement in engine.pending(visit, in: draft) {
            switch requirement {
            case .kelengkapan(let item):
                let index = engine.sop.kelengkapan(of: stepID).firstIndex { $0.text.value == item.text.value } ?? 0
                // "Tidak berlaku" (`tb`) as the terminal reads it; the engine refuses it for an
                // item printed without a condition, as at the terminal.
                if CaseSession.notApplicable(form["k.\(index)"] ?? "") {
                    _ = run(.markNotApplicable(step: stepID, item: item.text.value), field: "k.\(index)")
                    continue
                }
                let present = form["k.\(index)"] == "ada"
                if item.requiredToProceed, !present {
                    errors["k.\(index)"] = Catalog.Serve.requiredItem(item.text.value)
                    continue
                }
                // Recorded missing only once confirmed (`kurang` = `ya`): asked, never silently.
                if !present, form["kurang"] != "ya" {
                    errors["k.\(index)"] = Catalog.WebForms.uncheckedItem(PrintedItem.inSentence(item.text.value))
                    continue
                }
                _ = run(.checkKelengkapan(step: stepID, item: item.text.value, present: present), field: "k.\(index)")
            case .field(let field):
                // On a later pass of the row a field left empty keeps the previous pass's answer (the
                // terminal's Enter): a personal one is never sent to the browser to be sent back.
                let typed = form["f.\(field.name.value)"] ?? ""
                let value = CaseState.keeping(typed, previous: draft.previousAnswer(field.name.value, step: stepID))
                // A date a standard is due by, already past: said next to the field first; the
                // same date sent again (`lampau.f.NAME` carries the one warned of) is kept.
                if let warning = engine.pastDueDate(field, value: value, now: now), form["lampau.f.\(field.name.value)"] != value {
                    errors["f.\(field.name.value)"] = Localized(id: warning.id + ". " + Catalog.WaktuFromCase.pastDateKeepResend.id,
                                                               en: warning.en + ". " + Catalog.WaktuFromCase.pastDateKeepResend.en)
                    continue
                }
                _ = run(.answerField(step: stepID, field: field.name.value, value: value), field: "f.\(field.name.value)")
            case .output(let item):
                // The branch chosen above may send the work back up the table: the row then has not
                // produced its Output, which the terminal does not ask (`Engine.pending`).
                if let now = draft.visit(of: stepID), !engine.pending(now, in: draft).contains(requirement) { continue }
                let index = engine.sop.output(of: stepID).firstIndex { $0.value == item } ?? 0
                if let file = form.files["of.\(index)"] {
                    if let problem = Upload.problem(file) {
                        errors["o.\(index)"] = problem
                        unsupported = true
                    } else {
                        files.append((index, item, file))
                    }
                } else {
                    _ = run(.recordOutput(step: stepID, item: item, text: form["o.\(index)"] ?? "", attachment: nil), field: "o.\(index)")
                }
            case .branch:
                // No radio chosen: said in the page's words, not the terminal's (tester 25, finding 5).
                guard let choice = form["cabang"], !choice.isEmpty else {
                    errors["cabang"] = Catalog.WebForms.chooseBranch(engine.sop.deskExits(of: step).map(\.words))
                    continue
                }
                _ = run(.chooseBranch(step: stepID, label: choice), field: "cabang")
            }
        }
        guard errors.isEmpty else { return .failure(ValidationFailure(messages: errors, unsupportedType: unsupported)) }
        // Files are stored only once everything else holds.
        for (index, item, file) in files {
            let attachment = try saveAttachment(file.bytes, file.filename.isEmpty ? "berkas" : file.filename)
            _ = run(.recordOutput(step: stepID, item: item, text: "", attachment: attachment), field: "o.\(index)")
        }
        _ = run(.completeStep(step: stepID), field: "")
        return errors.isEmpty ? .success(kinds) : .failure(ValidationFailure(messages: errors))
    }
}

/// How long a typed text may be: a form field 2,000 characters (a name, an address, a purpose),
/// an output's text, a note or a reason 10,000. Past that it is refused next to the field
/// rather than stored and shown on every page of the case.
enum TextLimit {
    static let field = 2_000
    static let text = 10_000

    /// The limit of a step form's field by its name, nil for fields without one.
    static func of(_ key: String) -> Int? {
        if key.hasPrefix("f.") { return field }
        if key.hasPrefix("o.") || key == "catatan" || key == "alasan" { return text }
        return nil
    }
}

/// What an uploaded output may be: checked by its first bytes, not by the name or the type the
/// browser claims. A file named or declared PDF, JPEG or PNG must begin as one (text bytes named
/// `surat.pdf` are refused); a file named or declared text may be any of the four.
enum Upload {
    static let byType = ["application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG", "text/plain": "teks"]
    static let byExtension = ["pdf": "PDF", "jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "txt": "teks"]

    static func problem(_ file: FormData.File) -> Localized? {
        let name = file.filename.isEmpty ? "berkas" : file.filename
        guard let found = kind(of: file.bytes).flatMap({ byType[$0] }) else {
            if let claimed = claimed(file).first { return Catalog.WebForms.notReally(name, kind: claimed) }
            return Catalog.WebForms.fileNotAccepted(name)
        }
        // A binary kind claimed by the name or the declared type must be the kind found.
        if let claimed = claimed(file).first(where: { $0 != "teks" && $0 != found }) {
            return Catalog.WebForms.notReally(name, kind: claimed)
        }
        return nil
    }

    /// The accepted kinds a file says it is, by its declared type and its name's extension.
    static func claimed(_ file: FormData.File) -> [String] {
        let type = file.contentType.split(separator: ";").first.map(String.init)?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        return [byType[type], byExtension[(file.filename as NSString).pathExtension.lowercased()]].compactMap { $0 }
    }

    /// PDF, JPEG, PNG, or UTF-8 text without control characters other than tab and line ends.
    static func kind(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: Array("%PDF-".utf8)) { return "application/pdf" }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "image/png" }
        guard !bytes.isEmpty, String(bytes: bytes, encoding: .utf8) != nil,
            !bytes.contains(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D })
        else { return nil }
        return "text/plain"
    }
}
