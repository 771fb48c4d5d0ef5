import Foundation
import SOPCore
import Testing

@testable import SOPEngine
@testable import SOPStore

/// Seals signed in a chain (tester 35's M1): each names and signs the seal before it, old seals
/// keep their format, and a seal deleted between two others is a break; dates compared only with
/// events whose hash holds (m2).
@Suite("Seal chain")
struct SealChainTests {
    static let key = Array(repeating: UInt8(7), count: 32)
    static let heads = [ChainSeal.Head(caseID: "01-2026-000001", sequence: 3, hash: "ab")]

    /// Seals as stored: each made after the one before, numbered 1, 2, 3.
    static func chain(_ count: Int) -> [ChainSeal] {
        var seals: [ChainSeal] = []
        for number in 1...count {
            var seal = ChainSeal(sealedAt: Int64(number), heads: heads, key: key, after: seals.last)
            seal.id = number
            seals.append(seal)
        }
        return seals
    }

    @Test func aLinkedSealSignsThePreviousSealsNumberAndMAC() throws {
        let seals = Self.chain(2)
        #expect(seals[0].link == ChainSeal.Link(id: 0, mac: "-"))
        #expect(seals[1].link == ChainSeal.Link(id: 1, mac: seals[0].hmac))
        #expect(seals[1].mac.hasPrefix("v2:1:\(seals[0].hmac):"))
        #expect(seals.allSatisfy { $0.signed(with: Self.key) })
        // The link is signed: naming another predecessor breaks the signature.
        var moved = seals[1]
        moved.mac = "v2:0:-:" + moved.hmac
        #expect(!moved.signed(with: Self.key))
        #expect(!seals[1].signed(with: Array(repeating: 8, count: 32)))
        // The digest is still the SHA-256 of the heads alone (what verify prints).
        #expect(seals[1].digest == SHA256.hex(Array(ChainSeal.text(Self.heads).utf8)))
    }

    @Test func aSealMadeBeforeLinkingKeepsItsFormat() {
        let old = ChainSeal(sealedAt: 1, heads: Self.heads, key: Self.key)
        #expect(old.link == nil)
        #expect(old.hmac == old.mac)
        #expect(old.signed(with: Self.key))
        #expect(ChainVerifier.linkBreaks([old]).isEmpty)
    }

    @Test func aSealDeletedInTheMiddleOrFirstIsABreak() {
        let seals = Self.chain(3)
        #expect(ChainVerifier.linkBreaks(seals).isEmpty)
        let middle = ChainVerifier.linkBreaks([seals[0], seals[2]])
        #expect(middle.map { $0.message.text(.id) } == ["segel #3 dibuat sesudah segel #2 dan menandatanganinya, tetapi segel #2 tidak tersimpan lagi (segel dihapus)"])
        #expect(ChainVerifier.linkBreaks([seals[1], seals[2]]).count == 1)
        // The newest deleted leaves nothing that names it.
        #expect(ChainVerifier.linkBreaks([seals[0], seals[1]]).isEmpty)
        // Reordered: stored out of the order they were made in.
        #expect(ChainVerifier.linkBreaks([seals[0], seals[2], seals[1]]).count == 2)
    }

    @Test func datesAreComparedWithEventsWhoseHashHolds() {
        // Minutes apart (the tolerance is one minute); event 3's time edited three hours on.
        let entries: [(sequence: Int, at: Int64)] = [(1, 0), (2, 600_000), (3, 10_800_000), (4, 1_200_000), (5, 1_800_000)]
        #expect(BackDatedAudit.outOfOrder(entries).map(\.sequence) == [4, 5])
        #expect(BackDatedAudit.outOfOrder(entries, untrusted: [3]).isEmpty)
        // An honest event truly back-dated is still found.
        #expect(BackDatedAudit.outOfOrder(entries + [(6, 0)], untrusted: [3]).map(\.sequence) == [6])
    }
}
