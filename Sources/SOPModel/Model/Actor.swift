import SOPCore

/// A pelaksana: one column of the activity table.
public struct Actor: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A staff role of the unit: operates `sop` and has a worklist.
        case staf
        /// A person outside the unit (the complainant, a service user).
        case eksternal
        /// Another agency (KPK, a ministry).
        case instansi
        /// A channel or facility ("Sarana Pelayanan": an online complaint channel, a box).
        case sarana

        /// Whether people in this role run steps themselves; the others' steps are recorded
        /// by the staff member handling the case.
        public var operatesSystem: Bool { self == .staf }
    }

    public var id: Located<String>
    /// The heading as printed: a heading typed on several lines (`nama: |-`) keeps its line
    /// breaks, which the documents print where the column heading is drawn.
    public var name: String
    public var kind: Kind
    public var mark: Mark
    /// The staff role that records this actor's steps (`dicatat_oleh`), for non-staff actors.
    public var recordedBy: Located<String>?

    public init(id: Located<String>, name: String, kind: Kind, mark: Mark) {
        self.id = id
        self.name = name
        self.kind = kind
        self.mark = mark
    }

    /// The name on one line (its printed line breaks as single spaces), for every place that
    /// prints a name inside a line of text: terminal screens, timelines, reports, prompts.
    public var lineName: String { Actor.lineName(name) }

    /// `text` on one line (`PrintedLine.of`).
    public static func lineName(_ text: String) -> String { PrintedLine.of(text) }
}
