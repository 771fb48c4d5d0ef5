import CYAML
import SOPCore

/// A file read by the strict reader: its source, its root node (when one could be built) and
/// every problem found on the way.
public struct YAMLDocument: Sendable {
    public let source: SourceFile
    public let root: Node?
    public let diagnostics: [Diagnostic]
}

/// The strict YAML reader: libyaml's event parser underneath, a small safe subset on top.
///
/// - Every scalar stays the text written (no YAML 1.1 typing: `01`, `NO`, `on`, `1:30` are text).
/// - Anchors, aliases, merge keys and tags are refused: an SOP is written out in full.
/// - Duplicate keys, tab indentation, invalid UTF-8, empty files, oversized and over-deep input
///   are located errors; reading goes on after a problem wherever the structure allows.
public enum YAMLReader {
    public static func read(_ bytes: [UInt8], path: String, limits: ReaderLimits = .standard) -> YAMLDocument {
        let source = SourceFile(path: path, bytes: bytes)
        func fail(_ diagnostic: Diagnostic) -> YAMLDocument {
            YAMLDocument(source: source, root: nil, diagnostics: [diagnostic])
        }
        if bytes.count > limits.maxBytes {
            return fail(.error(
                Code.tooLarge, Catalog.YAML.fileTooLarge(bytes: bytes.count, limit: limits.maxBytes),
                at: Location(file: path, mark: .start)))
        }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasBOM ? Array(bytes.dropFirst(3)) : bytes
        if let invalid = Prescan.firstInvalidUTF8(body) {
            let guess = Prescan.encodingGuess(body, at: invalid)
            return fail(.error(
                Code.invalidUTF8,
                Catalog.SOPFiles.invalidUTF8(byte: invalid.byte, line: invalid.mark.line, column: invalid.mark.column),
                at: Location(file: path, mark: invalid.mark), notes: guess.map { [.init($0)] } ?? []))
        }
        let tabs = body.contains(0x09) ? Prescan.tabIndentedLines(body) : []
        var builder = TreeBuilder(path: path, limits: limits, trackMultilineScalars: !tabs.isEmpty)
        var syntaxError: Diagnostic?
        body.withUnsafeBufferPointer { buffer in
            syntaxError = parse(buffer, into: &builder)
        }
        var diagnostics = builder.diagnostics
        // Tabs inside block or multi-line quoted scalars are text; anywhere else they indent.
        let tabProblems = tabs.filter { tab in
            !builder.multilineScalarLines.contains { $0.contains(tab.line) }
                && (syntaxError?.location.map { tab.line <= $0.line } ?? true)
        }
        for tab in tabProblems.prefix(limits.maxDiagnostics) {
            diagnostics.append(.error(
                Code.tabIndentation, Catalog.YAML.tabIndentation, at: Location(file: path, mark: tab)))
        }
        if let syntaxError {
            let onTabLine = tabProblems.contains { $0.line == syntaxError.location?.line }
            if !onTabLine { diagnostics.append(syntaxError) }
        } else if !builder.sawDocument || builder.root?.isEmptyValue == true {
            diagnostics.append(.error(Code.empty, Catalog.YAML.emptyFile, at: Location(file: path, mark: .start)))
        }
        let root = (syntaxError == nil && !builder.aborted) ? builder.root : nil
        return YAMLDocument(source: source, root: root?.isEmptyValue == true ? nil : root,
                            diagnostics: diagnostics)
    }

    /// Runs libyaml over the bytes, feeding the builder; returns libyaml's own error, if any.
    private static func parse(_ buffer: UnsafeBufferPointer<UInt8>, into builder: inout TreeBuilder) -> Diagnostic? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .error(Code.syntax, Catalog.YAML.syntax("out of memory"),
                          at: Location(file: builder.path, mark: .start))
        }
        defer { yaml_parser_delete(&parser) }
        if let base = buffer.baseAddress, buffer.count > 0 {
            yaml_parser_set_input_string(&parser, base, buffer.count)
        } else {
            var empty: UInt8 = 0
            yaml_parser_set_input_string(&parser, &empty, 0)
        }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        var event = yaml_event_t()
        while !builder.aborted {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                return syntaxDiagnostic(parser, buffer: buffer, path: builder.path)
            }
            let done = event.type == YAML_STREAM_END_EVENT
            builder.consume(event)
            yaml_event_delete(&event)
            if done { break }
        }
        return nil
    }

    private static func syntaxDiagnostic(
        _ parser: yaml_parser_t, buffer: UnsafeBufferPointer<UInt8>, path: String
    ) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "syntax error"
        let mark: Mark
        if parser.error == YAML_READER_ERROR {
            mark = markOf(offset: Int(parser.problem_offset), in: buffer)
        } else {
            mark = Mark(parser.problem_mark)
        }
        var notes: [Diagnostic.Note] = []
        if let context = parser.context.map({ String(cString: $0) }) {
            let contextMark = Mark(parser.context_mark)
            notes.append(.init(Catalog.YAML.syntaxContext(context),
                               at: Location(file: path, mark: contextMark)))
        }
        let typing = TypingHint.hint(problem: problem, at: mark, in: buffer)
        if let typing, typing.leads {
            return .error(Code.syntax, typing.text, at: Location(file: path, mark: typing.at ?? mark),
                          notes: [.init(Catalog.YAML.syntax(problem))] + notes)
        }
        if let hint = typing?.text ?? Catalog.YAML.syntaxHint(problem) { notes.append(.init(hint)) }
        return .error(Code.syntax, Catalog.YAML.syntax(problem), at: Location(file: path, mark: mark), notes: notes)
    }

    private static func markOf(offset: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Mark {
        var line = 1
        var column = 1
        var index = 0
        let end = min(offset, buffer.count)
        while index < end {
            let lineBreak = SourceFile.lineBreak(at: index, in: buffer)
            if lineBreak > 0 {
                line += 1
                column = 1
                index += lineBreak
                continue
            }
            if buffer[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return Mark(line: line, column: column)
    }

    /// The stable codes of the reader's diagnostics.
    public enum Code {
        public static let syntax: DiagnosticCode = "yaml-syntax"
        public static let tooLarge: DiagnosticCode = "yaml-too-large"
        public static let tooDeep: DiagnosticCode = "yaml-too-deep"
        public static let invalidUTF8: DiagnosticCode = "yaml-invalid-utf8"
        public static let tabIndentation: DiagnosticCode = "yaml-tab-indentation"
        public static let empty: DiagnosticCode = "yaml-empty"
        public static let duplicateKey: DiagnosticCode = "yaml-duplicate-key"
        public static let anchor: DiagnosticCode = "yaml-anchor"
        public static let alias: DiagnosticCode = "yaml-alias"
        public static let mergeKey: DiagnosticCode = "yaml-merge-key"
        public static let tag: DiagnosticCode = "yaml-tag"
        public static let complexKey: DiagnosticCode = "yaml-complex-key"
        public static let multipleDocuments: DiagnosticCode = "yaml-multiple-documents"
        public static let tooManyProblems: DiagnosticCode = "yaml-too-many-problems"

        public static let all: [DiagnosticCode] = [
            syntax, tooLarge, tooDeep, invalidUTF8, tabIndentation, empty, duplicateKey, anchor, alias,
            mergeKey, tag, complexKey, multipleDocuments, tooManyProblems,
        ]
    }
}

extension Mark {
    init(_ mark: yaml_mark_t) {
        self.init(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }
}
