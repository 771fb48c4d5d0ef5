import Foundation
import SOPCore
import SOPModel

/// How a case is recognised and found: its title (from the fields the SOP names), the
/// complainant's tracking code, and hashed personal values for exact search. Kept by stores in
/// their own table, written only when it changes.
public struct CaseLookup: Sendable, Equatable {
    public var title: String
    public var tracking: String?
    public var searchKeys: [String]

    public init(title: String = "", tracking: String? = nil, searchKeys: [String] = []) {
        self.title = title
        self.tracking = tracking
        self.searchKeys = searchKeys
    }

    /// The stored form of the keys: one text, space separated.
    public var keysText: String { searchKeys.joined(separator: " ") }

    /// Whether this case matches a search: a personal value given whole, or every word of the
    /// query in the title or the case id.
    public func matches(_ query: String, id: CaseID) -> Bool {
        if let key = CaseState.searchKey(query), searchKeys.contains(key) { return true }
        let words = Self.words(query)
        guard !words.isEmpty else { return false }
        let haystack = (title + " " + id.rawValue).lowercased()
        return words.allSatisfy { haystack.contains($0) }
    }

    public static func words(_ query: String) -> [String] {
        query.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }
}

/// Tracking codes: 10 characters of a 30-letter alphabet without look-alikes (no 0/O, 1/I/L,
/// U), about 49 bits from the system's random source, printed in groups ("K7QF-M2XR-9P"). A
/// case id says nothing about its code.
public enum TrackingCode {
    static let alphabet = Array("23456789ABCDEFGHJKMNPQRSTVWXYZ")

    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return generate(using: &generator)
    }

    public static func generate<G: RandomNumberGenerator>(using generator: inout G) -> String {
        let letters = (0..<10).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        return String(letters[0..<4]) + "-" + String(letters[4..<8]) + "-" + String(letters[8..<10])
    }

    /// A code as typed by a person: any case, with or without dashes or spaces; look-alikes
    /// read as the letter meant (O→0 is not in the alphabet, so O and 0 are refused alike).
    public static func normalize(_ text: String) -> String? {
        let letters = text.uppercased().filter { !$0.isWhitespace && $0 != "-" }
        guard letters.count == 10, letters.allSatisfy(alphabet.contains) else { return nil }
        let array = Array(letters)
        return String(array[0..<4]) + "-" + String(array[4..<8]) + "-" + String(array[8..<10])
    }
}

extension CaseLookup {
    /// The lookup of a stored case, derived from its events and the SOP text it is pinned to
    /// (store migrations and copies). A case started before tracking codes gets a new one.
    public static func derive(id: CaseID, events: [CaseEvent], sopText: [UInt8]?, path: String) -> CaseLookup {
        let state = CaseState(id: id, events: events)
        var lookup = CaseLookup(tracking: state.started?.tracking ?? TrackingCode.generate())
        if let sopText, let sop = SOPLoader.load(bytes: sopText, path: path).sop {
            lookup.title = state.title(sop: sop)
            lookup.searchKeys = state.searchKeys(sop: sop)
        }
        return lookup
    }
}
