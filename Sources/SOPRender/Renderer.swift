import SOPCore
import SOPModel

/// The output formats of `sop render`.
public enum RenderFormat: String, Sendable, CaseIterable {
    /// The official document: identity block and activity table with the flowchart.
    case html
    /// The flowchart alone.
    case svg
    /// A Mermaid flowchart, one subgraph per actor.
    case mermaid
    /// A Graphviz graph, one cluster per actor.
    case dot
    /// Identity and activity table as Markdown (with the Mermaid flowchart), for wikis.
    case markdown
    /// The HTML printed to PDF by headless Chromium.
    case pdf
}

/// Turns an SOP into text in one of the formats (PDF is printed from the HTML: `ChromiumPrinter`).
public enum Renderer {
    public static func render(_ sop: SOP, as format: RenderFormat, language: Language) -> String {
        switch format {
        case .html, .pdf:
            HTMLWriter(layout: DocumentLayout(sop: sop, language: language, style: .document)).document()
        case .svg where sop.tables.count > 1:
            SVGWriter.document(sop: sop, parts: DocumentLayout.tables(of: sop, language: language, style: .flowchart),
                               language: language, metrics: .standard)
        case .svg:
            SVGWriter(layout: DocumentLayout(sop: sop, language: language, style: .flowchart)).document()
        case .mermaid:
            MermaidWriter(sop: sop, language: language).document()
        case .dot:
            DOTWriter(sop: sop, language: language).document()
        case .markdown:
            MarkdownWriter(sop: sop, language: language).document()
        }
    }
}
