import Foundation
import SOPCore
import SOPEngine

/// The hash chain of a case's events. Each event row carries
///
///     hash(n) = SHA-256( "sop-event-v1\n" · f(case id) · f(sequence) · f(at) · f(operator) · f(role)
///                        · f(step) · f(type) · f(payload) · f(hash(n-1)) )
///
/// where f(text) is the decimal byte count of the text's UTF-8, ":", the bytes, ";" and f(nil)
/// is "-;"; sequence and at (milliseconds since 1970) are written in decimal, hash(0) is the
/// empty text, and the digest is written as 64 lower-case hex digits. The same bytes are built
/// by the PostgreSQL function `sop_event_hash` (migration v3), so either side can check the
/// other. The case id is inside the hash: an event moved to another case no longer matches.
public enum EventChain {
    public static let version = "sop-event-v1\n"

    public static func canonical(caseID: String, _ event: ArchivedEvent, previous: String) -> [UInt8] {
        withCanonical(caseID: caseID, event, previous: previous) { Array($0) }
    }

    public static func hash(caseID: String, _ event: ArchivedEvent, previous: String) -> String {
        withCanonical(caseID: caseID, event, previous: previous) { SHA256.hex(raw: $0) }
    }

    /// f(text): "<UTF-8 byte count>:<bytes>;", and "-;" for none.
    static func field(_ text: String?, into bytes: inout [UInt8]) {
        guard let text else {
            bytes.append(UInt8(ascii: "-"))
            bytes.append(UInt8(ascii: ";"))
            return
        }
        decimal(Int64(text.utf8.count), into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(contentsOf: text.utf8)
        bytes.append(UInt8(ascii: ";"))
    }

    /// f(String(number)), without making the string.
    static func field(number: Int64, into bytes: inout [UInt8]) {
        withDigits(of: number) { digits in
            decimal(Int64(digits.count), into: &bytes)
            bytes.append(UInt8(ascii: ":"))
            bytes.append(contentsOf: digits)
            bytes.append(UInt8(ascii: ";"))
        }
    }

    /// The decimal digits of a number, as `String(number)` writes them.
    static func decimal(_ number: Int64, into bytes: inout [UInt8]) {
        withDigits(of: number) { bytes.append(contentsOf: $0) }
    }

    private static func withDigits(of number: Int64, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        // 19 digits and a sign at most (Int64.min).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var index = buffer.count
            var value = number.magnitude
            repeat {
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            } while value > 0
            if number < 0 {
                index -= 1
                buffer[index] = UInt8(ascii: "-")
            }
            body(UnsafeBufferPointer(rebasing: buffer[index...]))
        }
    }

    /// The canonical bytes, written into one temporary buffer (on the stack when small): every
    /// answer hashes them, and they need no array of their own. Numbers are written as digits
    /// in place (the same bytes as `String(number)`).
    static func withCanonical<R>(caseID: String, _ event: ArchivedEvent, previous: String,
                                 _ body: (UnsafeRawBufferPointer) -> R) -> R {
        // Each field adds at most 20 digits of length and 2 marks; the numbers at most 20 digits.
        let capacity = version.utf8.count + 9 * 22 + 2 * 20 + caseID.utf8.count + event.operatorName.utf8.count
            + (event.role?.utf8.count ?? 0) + (event.step?.utf8.count ?? 0) + event.type.utf8.count
            + event.payload.utf8.count + previous.utf8.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var out = CanonicalWriter(buffer: buffer)
            out.bytes(version)
            out.field(caseID)
            out.field(number: Int64(event.sequence))
            out.field(number: event.at)
            out.field(event.operatorName)
            out.field(event.role)
            out.field(event.step)
            out.field(event.type)
            out.field(event.payload)
            out.field(previous)
            return body(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: buffer[..<out.count])))
        }
    }

    /// Writes the canonical form's pieces at the end of a buffer sized for them.
    private struct CanonicalWriter {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var count = 0

        mutating func byte(_ byte: UInt8) {
            buffer[count] = byte
            count += 1
        }

        mutating func bytes(_ text: String) {
            var text = text
            text.withUTF8 { source in
                guard let base = source.baseAddress else { return }
                (buffer.baseAddress! + count).initialize(from: base, count: source.count)
                count += source.count
            }
        }

        /// f(text): "<UTF-8 byte count>:<bytes>;", and "-;" for none.
        mutating func field(_ text: String?) {
            guard let text else {
                byte(UInt8(ascii: "-"))
                byte(UInt8(ascii: ";"))
                return
            }
            decimal(Int64(text.utf8.count))
            byte(UInt8(ascii: ":"))
            bytes(text)
            byte(UInt8(ascii: ";"))
        }

        /// f(String(number)), without making the string.
        mutating func field(number: Int64) {
            decimal(Int64(Self.digits(number)))
            byte(UInt8(ascii: ":"))
            decimal(number)
            byte(UInt8(ascii: ";"))
        }

        /// The decimal digits of a number, as `String(number)` writes them.
        mutating func decimal(_ number: Int64) {
            let end = count + Self.digits(number)
            if number < 0 { buffer[count] = UInt8(ascii: "-") }
            var value = number.magnitude
            var index = end
            repeat {
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            } while value > 0
            count = end
        }

        /// How many characters `String(number)` has (its sign included).
        static func digits(_ number: Int64) -> Int {
            var value = number.magnitude
            var digits = number < 0 ? 1 : 0
            repeat {
                digits += 1
                value /= 10
            } while value > 0
            return digits
        }
    }

    /// The events with their hashes filled in, continuing from `previous`.
    public static func linked(_ events: [ArchivedEvent], caseID: String, previous: String) -> [ArchivedEvent] {
        var previous = previous
        return events.map { event in
            var event = event
            event.hash = hash(caseID: caseID, event, previous: previous)
            previous = event.hash ?? ""
            return event
        }
    }

    /// The first break in a case's stored log, if any: a sequence that does not follow the one
    /// before it (a gap, or a log not starting at 1), or a hash that is not what the event and
    /// the one before it give.
    public static func firstBreak(caseID: String, _ events: [ArchivedEvent]) -> ChainBreak? {
        var previous = ""
        for (offset, event) in events.enumerated() {
            if event.sequence != offset + 1 {
                return ChainBreak(caseID: caseID, sequence: offset + 1, kind: .gap(found: event.sequence))
            }
            guard let stored = event.hash else { return ChainBreak(caseID: caseID, sequence: event.sequence, kind: .unhashed) }
            if stored != hash(caseID: caseID, event, previous: previous) {
                return ChainBreak(caseID: caseID, sequence: event.sequence, kind: .hashMismatch)
            }
            previous = stored
        }
        return nil
    }
}

/// Where and how a case's history does not hold.
public struct ChainBreak: Error, Sendable, Equatable {
    public var caseID: String
    /// The first sequence that does not hold (0 for the case as a whole).
    public var sequence: Int
    public var kind: Kind

    public init(caseID: String, sequence: Int, kind: Kind) {
        self.caseID = caseID
        self.sequence = sequence
        self.kind = kind
    }

    public enum Kind: Sendable, Equatable {
        /// Sequence `sequence` is missing; the next stored one is `found`.
        case gap(found: Int)
        /// The row's stored hash is not the hash of its content and the event before it.
        case hashMismatch
        /// The row has no hash at all (written around the store).
        case unhashed
        /// The case has no events.
        case empty
        /// The chain ends before the sequence its seal names (the end was cut off).
        case truncated(sealed: Int)
        /// The event at the sealed sequence hashes otherwise than the seal says (history rewritten).
        case sealMismatch
        /// A sealed case is missing from the store.
        case caseMissing
        /// A case number below its counter has no case (the case was deleted).
        case numberMissing
        /// The case row records a later write than the last stored event (its last events were deleted).
        case shorterThanRecorded(Int)
        /// The stored SOP revision does not hash to its name.
        case revisionMismatch(String)
        /// The pinned SOP revision is not stored.
        case revisionMissing(String)
        /// The event cannot be read (unknown type or payload).
        case unreadable(String)
        /// A row derived from the events (case, worklist, visits) says otherwise than the events.
        case derived(Localized)
        /// The event was inserted: the one after it links to the one before it.
        case inserted
        /// The events from `sequence` through `through` were renumbered after the chain was cut
        /// at `cutAt` (their former sequences are theirs plus `shift`); they hold among themselves.
        case renumbered(through: Int, cutAt: Int, shift: Int)
        /// What a break before it entails, in words of its own (the access log's renumbered
        /// entries): like `renumbered`, a line of consequence, not counted as an edit.
        case consequence(Localized)
        /// A pause, resume or cancellation written in a role no waiting step had at that moment
        /// (`PinnedRevisionAudit.roleBreaks`): a break, unless a seal acknowledges it.
        case waitingRole(Localized)
    }

    /// "kasus …, urutan …: what is wrong", in both languages.
    public var message: Localized {
        typealias Words = Catalog.Chain
        let what: Localized
        switch kind {
        case .gap(let found): what = Words.gap(found: found)
        case .hashMismatch: what = Words.hashMismatch
        case .unhashed: what = Words.unhashed
        case .empty: what = Words.empty
        case .truncated(let sealed): what = Words.truncated(sealed: sealed)
        case .sealMismatch: what = Words.sealMismatch
        case .caseMissing: what = Words.caseMissing
        case .numberMissing: what = Words.numberMissing
        case .shorterThanRecorded(let recorded): what = Words.shorterThanRecorded(recorded)
        case .revisionMismatch(let hash): what = Words.revisionMismatch(hash)
        case .revisionMissing(let hash): what = Words.revisionMissing(hash)
        case .unreadable(let detail): what = Words.unreadable(detail)
        case .derived(let text): what = text
        case .inserted: what = Catalog.Verify.inserted
        case .renumbered(let through, let cutAt, let shift):
            return Words.located(caseID, sequence: 0, Catalog.Verify.renumbered(sequence, through: through, cutAt: cutAt, shift: shift))
        case .consequence(let text), .waitingRole(let text): what = text
        }
        return Words.located(caseID, sequence: sequence, what)
    }
}

extension EventChain {
    /// The events of a stored log, once its chain and sequences hold; a break refuses the read.
    /// `recordedStatus`, the case row's status: a row that says otherwise than the events (a
    /// status set by hand) refuses the read too, so that no command shows it or writes over it.
    public static func verifiedEvents(_ rows: [ArchivedEvent], caseID: CaseID, recorded: Int,
                                      recordedStatus: String? = nil) throws(StoreError) -> [CaseEvent] {
        if let broken = firstBreak(caseID: caseID.rawValue, rows) { throw .unavailable(Catalog.Chain.refused(broken.message)) }
        if recorded > rows.count {
            let broken = ChainBreak(caseID: caseID.rawValue, sequence: rows.count + 1, kind: .shorterThanRecorded(recorded))
            throw .unavailable(Catalog.Chain.refused(broken.message))
        }
        if rows.isEmpty { throw .unavailable(Catalog.Chain.refused(ChainBreak(caseID: caseID.rawValue, sequence: 0, kind: .empty).message)) }
        do {
            let events = try rows.map { try $0.event() }
            if let recordedStatus {
                let status = CaseState(id: caseID, events: events).status.rawValue
                if let broken = ChainBreak.derived(caseID: caseID.rawValue, Catalog.Chain.Derived.status, stored: recordedStatus, events: status) {
                    // The history holds; the row derived from it does not (tester 15's finding 11).
                    throw StoreError.unavailable(Catalog.Verify.derivedRefused(broken.message))
                }
            }
            return events
        } catch let error as StoreError {
            throw error
        } catch {
            throw .unavailable(Catalog.Chain.refused(ChainBreak(caseID: caseID.rawValue, sequence: 0, kind: .unreadable(((error as? CaseEvent.Kind.DecodingFailure)?.message ?? Catalog.Faults.unexpected).text(.id))).message))
        }
    }

    /// A stored revision, re-hashed: refused when its content does not match the hash it is kept under.
    public static func verified(_ revision: SOPRevision?) throws(StoreError) -> SOPRevision? {
        guard let revision else { return nil }
        guard SHA256.hex(revision.content) == revision.hash else {
            throw .unavailable(Catalog.Chain.revisionContentMismatch(revision.hash))
        }
        return revision
    }
}
