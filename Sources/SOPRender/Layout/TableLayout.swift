import SOPCore
import SOPModel

/// Which document the layout is for: the official table with every column, paginated for A4
/// landscape; or the flowchart alone (a number column and the actor columns, one page).
public enum LayoutStyle: Sendable {
    case document
    case flowchart
}

/// A column of the activity table, at its place.
public struct TableColumn: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case number, kegiatan, actor(Int), kelengkapan, waktu, output, keterangan
    }

    public var kind: Kind
    public var x: Double
    public var width: Double
}

/// One line of a cell, already wrapped to fit the cell.
public struct TextLine: Sendable, Hashable {
    public enum Style: Sendable, Hashable { case plain, bold, italic }

    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// A row of the table: a section heading, the steps of one printed row, or the end capsule.
public struct TableRow: Sendable {
    public enum Content: Sendable {
        case section(Section)
        /// Indices into `SOP.steps`: one, or several done side by side.
        case steps([Int])
        /// The end capsule some flow goes to (`selesai` from a step that is not a terminator).
        case end
    }

    public var content: Content
    /// The wrapped text of each text column (actor columns hold the flowchart instead).
    public var cells: [TableColumn.Kind: [TextLine]]
    public var height: Double

    public var stepIndices: [Int] {
        if case .steps(let indices) = content { return indices }
        return []
    }
}

/// Columns, header and rows of the activity table, with every text wrapped to its cell.
struct TableBuilder {
    let sop: SOP
    let language: Language
    let style: LayoutStyle
    let metrics: Metrics

    typealias Words = Catalog.Document

    // MARK: Columns

    func columns() -> [TableColumn] {
        let actors = sop.actors.count
        let m = metrics
        switch style {
        case .flowchart:
            return place([(.number, m.numberColumnWidth)] + (0..<actors).map { (.actor($0), m.flowchartActorWidth) })
        case .document:
            // Each text column at least as wide as its longest word (with a list bullet), so
            // that words break inside only when they cannot fit; back to the plain minimums when
            // the actors need the room. A word breaks after a '/' or '-' it holds, so only its
            // pieces count ("800.1.3/...../BKPSDM/2025" does not widen Output by itself).
            let floors: [TableColumn.Kind: Double] = [
                .kegiatan: m.minimumKegiatanWidth, .kelengkapan: m.minimumListWidth,
                .output: m.minimumListWidth, .keterangan: m.minimumListWidth, .waktu: m.waktuColumnWidth,
            ]
            var text = floors, least = floors
            for (kind, minimum) in floors {
                text[kind] = max(minimum, min(2 * minimum, longestWord(kind)))
                least[kind] = max((minimum * 0.7).rounded(.down), min(2 * minimum, longestWord(kind)))
            }
            // The actor columns first as wide as the longest word of their headings needs at the
            // smallest heading size (tester 26: "Kepega-waian"), as far as the page allows; never
            // below the flowchart's minimum.
            let actorCount = Double(actors)
            func room(_ text: [TableColumn.Kind: Double]) -> Double {
                m.pageContentWidth - m.numberColumnWidth - text.values.reduce(0, +)
            }
            let headingWords = actorHeadingWords(fontSize: m.fontSize - 2)
            let wanted = min(m.maximumActorWidth, max(m.minimumActorWidth, headingWords.max() ?? 0))
            // Where the page cannot hold them so, the text columns start narrower (to 70 % of
            // their minimums, never below their longest word), and grow again as their content asks.
            if room(text) < wanted * actorCount { text = least }
            if room(text) < m.minimumActorWidth * actorCount { text = floors }
            let actorWidth = actors == 0 ? 0 : max(m.minimumActorWidth, min(wanted, (room(text) / actorCount).rounded(.down)))
            func layout(_ text: [TableColumn.Kind: Double], actorWidth: Double) -> [TableColumn] {
                var widths: [(TableColumn.Kind, Double)] = [(.number, m.numberColumnWidth), (.kegiatan, text[.kegiatan] ?? 0)]
                widths += (0..<actors).map { (.actor($0), actorWidth) }
                // The Mutu Baku columns in the order the unit printed them.
                widths += sop.layout.mutuBaku.map { column -> (TableColumn.Kind, Double) in
                    switch column {
                    case .kelengkapan: (.kelengkapan, text[.kelengkapan] ?? 0)
                    case .waktu: (.waktu, text[.waktu] ?? 0)
                    case .output: (.output, text[.output] ?? 0)
                    }
                }
                widths += [(.keterangan, text[.keterangan] ?? 0)]
                return place(widths)
            }
            func distribute(_ actorWidth: Double) -> [TableColumn] {
                // What is left goes, a little at a time, to the text column that makes the table
                // shortest (a row taller than a third of a page counting its excess twice); when none
                // does, to the actor columns up to their widest, then to Kegiatan.
                var text = text, actorWidth = actorWidth
                var spare = max(0, room(text) - actorWidth * actorCount)
                let increment = 10.0
                let order: [TableColumn.Kind] = [.kegiatan, .keterangan, .kelengkapan, .output, .waktu]
                var current = textHeight(layout(text, actorWidth: actorWidth))
                while spare >= increment {
                    var best: (kind: TableColumn.Kind, height: Double)?
                    for kind in order {
                        var trial = text
                        trial[kind, default: 0] += increment
                        let height = textHeight(layout(trial, actorWidth: actorWidth))
                        if height < best?.height ?? current { best = (kind, height) }
                    }
                    if let best {
                        text[best.kind, default: 0] += increment
                        spare -= increment
                        current = best.height
                    } else if actors > 0, actorWidth < m.maximumActorWidth, spare >= actorCount {
                        let step = min(m.maximumActorWidth - actorWidth, (min(spare, increment * actorCount) / actorCount).rounded(.down))
                        actorWidth += step
                        spare -= step * actorCount
                    } else {
                        text[.kegiatan, default: 0] += increment
                        spare -= increment
                    }
                }
                text[.kegiatan, default: 0] += spare
                return layout(text, actorWidth: actorWidth)
            }
            // No row taller than a page can hold (tester 26: nine Kelengkapan items in a narrow
            // column made row 1 taller than its page): the actor columns give up their room,
            // down to the flowchart's minimum, until the tallest row fits.
            var columns = distribute(actorWidth)
            var narrower = actorWidth
            while tallestRow(columns) > rowRoom(columns), narrower > m.minimumActorWidth {
                narrower = max(m.minimumActorWidth, narrower - 2)
                columns = distribute(narrower)
            }
            return columns
        }
    }

    /// The width an actor column needs for each word of its heading at a size (bold), with
    /// padding and border.
    private func actorHeadingWords(fontSize: Double) -> [Double] {
        let words = sop.actors.flatMap { $0.name.split(whereSeparator: { $0 == " " || $0.isNewline }) }
        return words.map { (TextMeasure.width($0, fontSize: fontSize, bold: true) + 2 * metrics.cellPaddingX + metrics.border + 1).rounded(.up) }
    }

    /// The width a column needs for its longest word, with a bullet, padding and border.
    private func longestWord(_ kind: TableColumn.Kind) -> Double {
        let texts: [String] = sop.steps.flatMap { step -> [String] in
            switch kind {
            case .kegiatan: [step.uraian.value]
            case .kelengkapan: step.mutuBaku.kelengkapan.map(\.text.value)
            case .output: step.mutuBaku.output.map(\.value)
            case .keterangan: step.keterangan.map { [$0] } ?? []
            case .waktu: step.mutuBaku.waktu.map { [$0.text.value] } ?? []
            default: []
            }
        }
        let words = texts.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\n" }) }.flatMap(TableBuilder.pieces)
        let widest = words.map { TextMeasure.width($0, fontSize: metrics.fontSize) }.max() ?? 0
        let bullet = kind == .kelengkapan || kind == .output ? TextMeasure.width("• ", fontSize: metrics.fontSize) : 0
        // The column's heading as printed (bold), each piece of its words whole too: "Persyaratan/
        // Kelengkapan" breaks after its '/', and no heading word breaks where a browser fits it.
        let heading = self.heading(kind).map { heading in
            heading.split(whereSeparator: { $0 == " " || $0 == "\n" }).flatMap(TableBuilder.pieces)
                .map { TextMeasure.width($0, fontSize: metrics.fontSize, bold: true) }.max() ?? 0
        } ?? 0
        return (max(widest + bullet, heading) + 2 * metrics.cellPaddingX + metrics.border + 1)
            .rounded(.up)
    }

    /// The heading of a text column as printed (`cetak.label`), where the document has one.
    private func heading(_ kind: TableColumn.Kind) -> String? {
        let (key, form): (String, Localized)
        switch kind {
        case .kegiatan: (key, form) = ("kegiatan", Words.columnKegiatan)
        case .kelengkapan: (key, form) = ("kelengkapan", Words.columnKelengkapan)
        case .waktu: (key, form) = ("waktu", Words.columnWaktu)
        case .output: (key, form) = ("output", Words.columnOutput)
        case .keterangan: (key, form) = ("keterangan", Catalog.Render.keterangan)
        default: return nil
        }
        return sop.identity.printing.label(key, default: form, language)
    }

    /// A word as wrapping may break it: after each '/' or '-' inside it ("S-1/D-IV" → "S-",
    /// "1/", "D-", "IV").
    static func pieces(_ word: Substring) -> [Substring] {
        var out: [Substring] = []
        var start = word.startIndex
        for index in word.indices where (word[index] == "/" || word[index] == "-") && index > start {
            let end = word.index(after: index)
            out.append(word[start..<end])
            start = end
        }
        if start < word.endIndex { out.append(word[start...]) }
        return out
    }

    private func place(_ widths: [(TableColumn.Kind, Double)]) -> [TableColumn] {
        var x = 0.0
        return widths.map { kind, width in
            defer { x += width }
            return TableColumn(kind: kind, x: x, width: width)
        }
    }

    /// The height of the tallest row's text with these columns.
    private func tallestRow(_ columns: [TableColumn]) -> Double {
        var index = 0
        var tallest = 0.0
        for row in sop.rows {
            let steps = Array(sop.steps[index..<(index + row.count)])
            index += row.count
            tallest = max(tallest, cellHeight(lines: textLines(stepCells(steps, columns))))
        }
        return tallest
    }

    /// The room a page has for one row: less its caption (of two lines), the header and the bands
    /// of off-page connectors.
    private func rowRoom(_ columns: [TableColumn]) -> Double {
        metrics.pageContentHeight - metrics.pageCaptionHeight - metrics.lineHeight - header(columns).height
            - 2 * metrics.connectorBandHeight
    }

    /// The height the text of the step rows needs with these columns.
    private func textHeight(_ columns: [TableColumn]) -> Double {
        var index = 0
        var height = 0.0
        for row in sop.rows {
            let steps = Array(sop.steps[index..<(index + row.count)])
            index += row.count
            // A row is never lower than its symbols need: text shorter than that gains nothing.
            var floor = metrics.rowHeight(forSymbol: steps.map { symbolHeight($0, row: steps, columns) }.max() ?? metrics.processHeight)
            if steps.contains(where: { $0.drawnSymbol == .keputusan }) { floor += 2 * metrics.labelLineHeight }
            let rowHeight = max(floor, cellHeight(lines: textLines(stepCells(steps, columns))))
            // A row taller than a third of a page counts its excess twice: it leaves pages half
            // empty before it, or fills one alone.
            height += rowHeight + max(0, rowHeight - metrics.pageContentHeight / 3)
        }
        return height
    }

    // MARK: Header

    /// The two header rows: group labels (Pelaksana, Mutu Baku), then actor names and the
    /// Mutu Baku columns. Returns the wrapped actor names and both heights.
    func header(_ columns: [TableColumn]) -> TableHeader {
        // Actor names in the largest size (down to 2 px smaller) at which no word of theirs
        // has to break.
        let actorColumns = columns.compactMap { column -> (Int, Double)? in
            if case .actor(let index) = column.kind { return (index, inner(column.width)) }
            return nil
        }
        let words = actorColumns.flatMap { index, width in
            sop.actors[index].name.split(whereSeparator: { $0 == " " || $0.isNewline }).map { ($0, width) }
        }
        // A heading typed on several lines as printed (`nama: |-`) breaks there, and only there
        // at the largest of these sizes where each of its lines fits whole (tester 10, F8).
        let printedLines = actorColumns.flatMap { index, width in
            let name = sop.actors[index].name
            return name.contains(where: \.isNewline) ? name.split(whereSeparator: \.isNewline).map { ($0, width) } : []
        }
        let sizes = [metrics.fontSize, metrics.fontSize - 1, metrics.fontSize - 2]
        func fits(_ texts: [(Substring, Double)], _ size: Double) -> Bool {
            texts.allSatisfy { TextMeasure.width($0.0, fontSize: size, bold: true) <= $0.1 }
        }
        let size = sizes.first { fits(words, $0) && fits(printedLines, $0) } ?? sizes.first { fits(words, $0) } ?? metrics.fontSize - 2
        let names = actorColumns.map { index, width in
            TextMeasure.wrap(sop.actors[index].name, width: width, fontSize: size, bold: true)
        }
        var lower = names.map(\.count).max() ?? 1
        // The other headings as printed (`cetak.label`), wrapped to their cells like any text: a
        // long word breaks after a '/' or '-' it holds, else between syllables (tester 28, F8:
        // "Persyaratan/Kelengkapan" ran into the Waktu heading).
        var labels: [String: [String]] = [:]
        func label(_ key: String, _ text: String, _ width: Double) -> Int {
            let lines = wrap(text, inner(width), bold: true)
            labels[key] = lines
            return lines.count
        }
        func label(_ key: String, _ kind: TableColumn.Kind, _ width: Double) -> Int { label(key, heading(kind) ?? "", width) }
        func label(_ key: String, _ form: Localized, _ width: Double) -> Int {
            label(key, sop.identity.printing.label(key, default: form, language), width)
        }
        var upperLines = 1
        // Headings over both header rows: the lower row grows where the upper one leaves them short.
        var spanning = 1
        switch style {
        case .flowchart:
            break
        case .document:
            spanning = max(label("no", Words.columnNo, width(of: .number, columns)),
                           label("kegiatan", .kegiatan, width(of: .kegiatan, columns)))
            for (key, kind) in [("kelengkapan", TableColumn.Kind.kelengkapan), ("waktu", .waktu), ("output", .output)] {
                lower = max(lower, label(key, kind, width(of: kind, columns)))
            }
            let keterangan = label("keterangan", .keterangan, width(of: .keterangan, columns))
            if sop.layout.remarksInMutuBaku { lower = max(lower, keterangan) } else { spanning = max(spanning, keterangan) }
            let actorsWidth = columns.filter { if case .actor = $0.kind { true } else { false } }.map(\.width).reduce(0, +)
            let mutuWidth = [TableColumn.Kind.kelengkapan, .waktu, .output].map { width(of: $0, columns) }.reduce(0, +)
                + (sop.layout.remarksInMutuBaku ? width(of: .keterangan, columns) : 0)
            upperLines = label("mutu_baku", Catalog.Render.mutuBaku, mutuWidth)
            if sop.layout.actorHeading {
                upperLines = max(upperLines, label("pelaksana", Words.columnPelaksana, actorsWidth))
            } else {
                spanning = max(spanning, names.map(\.count).max() ?? 1)
            }
        }
        lower = max(lower, spanning - upperLines)
        var header = TableHeader(actorNames: names, actorFontSize: size, upperHeight: cellHeight(lines: upperLines),
                                 lowerHeight: cellHeight(lines: lower), labels: labels)
        if style == .document, sop.layout.columnNumbers { header.numbersHeight = cellHeight(lines: 1) }
        return header
    }

    // MARK: Rows

    func rows(_ columns: [TableColumn], graph: FlowGraph) -> [TableRow] {
        var rows: [TableRow] = []
        var index = 0
        for row in sop.rows {
            let indices = Array(index..<(index + row.count))
            index += row.count
            if let section = row.first?.section {
                var cells: [TableColumn.Kind: [TextLine]] = [.number: [TextLine(section.code ?? "", .bold)]]
                cells[.kegiatan] = wrap(section.title, cellWidth(.kegiatan, columns), bold: true).map { TextLine($0, .bold) }
                if style == .flowchart {
                    cells[.kegiatan] = [TextLine(section.text, .bold)]
                    cells[.number] = []
                }
                rows.append(TableRow(content: .section(section), cells: cells,
                                     height: cellHeight(lines: textLines(cells, style == .flowchart ? [] : [.number, .kegiatan]))))
            }
            let steps = indices.map { sop.steps[$0] }
            let cells = stepCells(steps, columns)
            var tallest = steps.map { symbolHeight($0, row: steps, columns) }.max() ?? metrics.processHeight
            if StackedRow.stacks(sop.steps, indices) {
                tallest = StackedRow.height(steps.map { ($0.performer.value, symbolHeight($0, row: steps, columns)) }, metrics: metrics)
            }
            // A decision's branch labels need room beside the lines leaving it (two lines of label).
            if steps.contains(where: { $0.drawnSymbol == .keputusan }) { tallest += 2 * metrics.labelLineHeight }
            // Numbered connectors (`penghubung`): a circle below the row's symbols for an arrow
            // leaving through one, above them for one arriving.
            tallest += NumberedConnectors.room(rows: indices, graph: graph, metrics: metrics).total
            // A cell merged over the rows below is as tall as all of them, not this one alone.
            let opened = style == .document ? MergedCell.opens(indices, in: sop) : []
            let own = cells.filter { !opened.contains($0.key) }
            rows.append(TableRow(content: .steps(indices), cells: cells,
                                 height: max(metrics.rowHeight(forSymbol: tallest), cellHeight(lines: textLines(own)))))
        }
        if graph.needsEndRow {
            var cells: [TableColumn.Kind: [TextLine]] = [:]
            if style == .document { cells[.kegiatan] = [TextLine(Catalog.Render.selesai.text(language))] }
            rows.append(TableRow(content: .end, cells: cells,
                                 height: max(metrics.rowHeight(forSymbol: metrics.terminatorHeight), cellHeight(lines: textLines(cells)))))
        }
        return rows
    }

    /// The height of a step's symbol: taller than the standard one when the words printed in it
    /// (`teks_simbol`) need more lines in the room its column (or its share of it) gives.
    func symbolHeight(_ step: Step, row steps: [Step], _ columns: [TableColumn]) -> Double {
        let symbol = step.drawnSymbol
        guard let text = step.symbolText?.value, symbol != .tanpa,
              let actor = sop.actors.firstIndex(where: { $0.id.value == step.performer.value }),
              let column = columns.first(where: { $0.kind == .actor(actor) }) else { return symbolHeight(symbol) }
        let sharing = max(1, steps.filter { $0.performer.value == step.performer.value }.count)
        return SymbolText.fit(text, symbol: symbol, slot: column.width / Double(sharing), metrics: metrics).height
    }

    func symbolHeight(_ symbol: Symbol) -> Double {
        switch symbol {
        case .terminator: metrics.terminatorHeight
        case .proses: metrics.processHeight
        case .keputusan: metrics.decisionHeight
        case .tanpa: metrics.processHeight
        }
    }

    /// The total waktu under the Waktu, Output and Keterangan columns (document style),
    /// wrapped to them.
    func totalWaktu(_ columns: [TableColumn]) -> [String] {
        guard style == .document else { return [] }
        let width = [TableColumn.Kind.waktu, .output, .keterangan].map { self.width(of: $0, columns) }.reduce(0, +)
        return wrap(sop.identity.printing.totalText?.value ?? WaktuFormatter.format(sop.totalWaktu, language), inner(width), bold: true)
    }

    /// The text of a row of steps. Steps side by side often share their words (the same
    /// meeting attended by two actors): each distinct text is printed once.
    private func stepCells(_ steps: [Step], _ columns: [TableColumn]) -> [TableColumn.Kind: [TextLine]] {
        var cells: [TableColumn.Kind: [TextLine]] = [:]
        cells[.number] = wrap(steps[0].number ?? "", cellWidth(.number, columns)).map { TextLine($0) }
        guard style == .document else { return cells }

        var kegiatan: [TextLine] = []
        for uraian in distinct(steps.map(\.uraian.value)) {
            kegiatan += wrap(uraian, cellWidth(.kegiatan, columns)).map { TextLine($0) }
        }
        for step in steps {
            if let question = step.questionUnderActivity?.value {
                kegiatan += wrap(question, cellWidth(.kegiatan, columns)).map { TextLine($0, .italic) }
            }
        }
        cells[.kegiatan] = kegiatan

        let kelengkapan = distinct(steps.flatMap { step in
            step.mutuBaku.kelengkapan.map { item in
                item.text.value + (item.requiredToProceed ? " (\(Catalog.Render.wajib.text(language)))" : "")
            }
        })
        let intros = Set(steps.flatMap { $0.mutuBaku.kelengkapan.filter(\.isIntro).map(\.text.value) })
        cells[.kelengkapan] = list(kelengkapan, cellWidth(.kelengkapan, columns), plain: intros)
        let waktu = distinct(steps.compactMap { $0.mutuBaku.waktu?.text.value })
        cells[.waktu] = waktu.flatMap { wrap($0, cellWidth(.waktu, columns)) }.map { TextLine($0) }
        cells[.output] = list(distinct(steps.flatMap { $0.mutuBaku.output.map(\.value) }), cellWidth(.output, columns))
        cells[.keterangan] = distinct(steps.compactMap(\.keterangan)).flatMap {
            wrap($0, cellWidth(.keterangan, columns))
        }.map { TextLine($0) }
        return cells
    }

    /// Items one under another, as signed documents print them (tester 14, F9); where the unit
    /// prints bullets (`tata_letak.butir: ya`) several items get one each, their wrapped lines
    /// hanging under the text. An intro line (`plain`) or an item with its own marker
    /// ("- Notulensi", "a. …") is printed as written, without a bullet.
    private func list(_ items: [String], _ width: Double, plain: Set<String> = []) -> [TextLine] {
        guard items.count > 1, sop.layout.bullets else { return items.flatMap { wrap($0, width) }.map { TextLine($0) } }
        let bullet = "• ", hang = "   "
        let inner = width - TextMeasure.width(bullet, fontSize: metrics.fontSize)
        return items.flatMap { item in
            guard !plain.contains(item), !PrintedItem.hasOwnMarker(item) else { return wrap(item, width).map { TextLine($0) } }
            return wrap(item, inner).enumerated().map { TextLine(($0.offset == 0 ? bullet : hang) + $0.element) }
        }
    }

    private func distinct(_ texts: [String]) -> [String] {
        var seen: Set<String> = []
        return texts.filter { seen.insert($0).inserted }
    }

    // MARK: Measures

    private func textLines(_ cells: [TableColumn.Kind: [TextLine]], _ kinds: [TableColumn.Kind]? = nil) -> Int {
        let chosen = kinds.map { kinds in cells.filter { kinds.contains($0.key) } } ?? cells
        return chosen.values.map(\.count).max() ?? 1
    }

    func cellHeight(lines: Int) -> Double {
        Double(max(1, lines)) * metrics.lineHeight + 2 * metrics.cellPaddingY + metrics.border
    }

    private func width(of kind: TableColumn.Kind, _ columns: [TableColumn]) -> Double {
        columns.first { $0.kind == kind }?.width ?? 0
    }

    /// The room for text inside a cell of the column.
    private func cellWidth(_ kind: TableColumn.Kind, _ columns: [TableColumn]) -> Double {
        inner(width(of: kind, columns))
    }

    private func inner(_ width: Double) -> Double {
        width - 2 * metrics.cellPaddingX - metrics.border
    }

    private func wrap(_ text: String, _ width: Double, bold: Bool = false) -> [String] {
        TextMeasure.wrap(text, width: width, fontSize: metrics.fontSize, bold: bold)
    }
}

/// The header of the activity table.
public struct TableHeader: Sendable {
    /// Each actor's name, wrapped to its column.
    public var actorNames: [[String]]
    /// The size the names are set in: smaller than the text when a word would not fit.
    public var actorFontSize: Double
    /// Pelaksana and Mutu Baku (with No, Kegiatan and Keterangan spanning both rows).
    public var upperHeight: Double
    /// The actor names, Kelengkapan, Waktu and Output.
    public var lowerHeight: Double
    /// The other headings, by their `cetak.label` key ("no", "kegiatan", "pelaksana", "mutu_baku",
    /// "kelengkapan", "waktu", "output", "keterangan"), wrapped to their cells (document style).
    public var labels: [String: [String]] = [:]
    /// The row of column numbers "(1) (2) …" under the header, when the unit prints one.
    public var numbersHeight: Double = 0

    public var height: Double { upperHeight + lowerHeight + numbersHeight }
}
