/// Step ids to their place in the flow, for the engine's lookups: several for every answer
/// (the step being asked, the active visits, the listing row). A `[String: Int]` hashes the id
/// with the standard library's seeded SipHash (about 300 instructions a lookup, for an id of a
/// few characters such as "1" or "3a"); this table hashes its UTF-8 bytes with FNV-1a into an
/// open-addressed table of twice the steps, and confirms the id found with `==`. The first of
/// two steps that share an id is the one found, as `FlowGraph.index(of:)` always said.
struct StepIndex: Sendable {
    /// Each step's id, by its index.
    private let ids: [String]
    /// Slot to step index; -1 for an empty slot.
    private let slots: [Int32]
    private let mask: Int

    init(_ ids: [String]) {
        self.ids = ids
        var size = 8
        while size < ids.count * 2 { size *= 2 }
        mask = size - 1
        var slots = [Int32](repeating: -1, count: size)
        for (index, id) in ids.enumerated() {
            var slot = Self.hash(id) & (size - 1)
            var taken = false
            while slots[slot] >= 0 {
                if ids[Int(slots[slot])] == id {
                    taken = true  // the first step with this id keeps it
                    break
                }
                slot = (slot + 1) & (size - 1)
            }
            if !taken { slots[slot] = Int32(index) }
        }
        self.slots = slots
    }

    func index(of id: String) -> Int? {
        var slot = Self.hash(id) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if ids[index] == id { return index }
            slot = (slot + 1) & mask
        }
    }

    /// FNV-1a over the id's UTF-8 bytes.
    private static func hash(_ id: String) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
