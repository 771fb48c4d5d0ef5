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

/// `--as` by an actor's id or name (tester 29, F4): the id, or the name as printed on one line,
/// in any case and spacing ("Petugas Back Office (Verifikator)"); failing those, the name
/// without its parenthesised part ("Petugas Back Office") when it names one role only.
public enum RoleNaming {
    /// The ids `value` names among `roles` (id, one-line name); empty when none, several when a
    /// name is shared (across SOPs) or the short name fits several roles.
    public static func ids(_ value: String, among roles: [(id: String, name: String)]) -> [String] {
        let wanted = key(value)
        guard !wanted.isEmpty else { return [] }
        var ids: [String] = []
        for role in roles where key(role.id) == wanted || key(role.name) == wanted {
            if !ids.contains(role.id) { ids.append(role.id) }
        }
        if !ids.isEmpty { return ids }
        for role in roles where key(withoutParentheses(role.name)) == wanted {
            if !ids.contains(role.id) { ids.append(role.id) }
        }
        return ids
    }

    /// Lowercased, its spaces and line breaks as single spaces.
    static func key(_ text: String) -> String { TextKey.folded(text) }

    /// "Petugas Back Office (Verifikator)" → "Petugas Back Office".
    static func withoutParentheses(_ name: String) -> String {
        var depth = 0, kept = ""
        for character in name {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if depth == 0 { kept.append(character) }
        }
        return kept
    }

    /// Each id by the name desk officers know it by ("bo" → "Petugas Back Office (Verifikator)");
    /// an id named differently by several SOPs gives each name ("A / B"), one named by none itself.
    public static func names(_ ids: [String], among roles: [(id: String, name: String)]) -> [String] {
        ids.map { id in
            var names: [String] = []
            for role in roles where role.id == id && !role.name.isEmpty && !names.contains(role.name) { names.append(role.name) }
            return names.isEmpty ? id : names.joined(separator: " / ")
        }
    }

    /// "fo = Petugas Front Office; bo = Petugas Back Office (Verifikator)": the ids with the
    /// names desk officers know them by.
    public static func list(_ roles: [(id: String, name: String)]) -> [String] {
        var seen: [String] = [], items: [String] = []
        for role in roles where !seen.contains(role.id) {
            seen.append(role.id)
            items.append(role.name.isEmpty || role.name == role.id ? role.id : "\(role.id) = \(role.name)")
        }
        return items
    }
}
