import Foundation
import Testing

@testable import SOPModel

/// Tester 31 F8: the last step of a case names the SOP that continues the work; the desk finds
/// it in the folder by its judul or nomor.
@Suite struct HandOffTests {
    static let folder = [
        HandOff.Target(nomor: "07", judul: "Pelayanan Pengusulan DTKS / SKTM"),
        HandOff.Target(nomor: "08", judul: "Penerbitan KIS-PBI"),
        HandOff.Target(nomor: "09", judul: "Pengaduan Langsung"),
    ]

    @Test func theJudulNamedAfterSOPIsFound() {
        let texts = ["Usulan yang telah ditetapkan dalam DTKS dilanjutkan sesuai SOP Penerbitan KIS-PBI"]
        #expect(HandOff.target(in: texts, among: Self.folder, excluding: "07") == Self.folder[1])
    }

    @Test func theNomorNamedAfterSOPIsFound() {
        #expect(HandOff.target(in: ["Diteruskan ke SOP nomor 09."], among: Self.folder, excluding: "07") == Self.folder[2])
        #expect(HandOff.target(in: ["Diteruskan ke SOP 9"], among: Self.folder, excluding: "07") == Self.folder[2])
    }

    @Test func aLongerJudulContainingTheMentionIsFound() {
        let folder = [HandOff.Target(nomor: "12", judul: "Pelayanan Penerbitan KIS-PBI bagi Warga Miskin")]
        #expect(HandOff.target(in: ["dilanjutkan sesuai SOP Penerbitan KIS-PBI"], among: folder, excluding: "07")?.nomor == "12")
    }

    @Test func noSOPNamedOrNoneInTheFolderOrItselfGivesNothing() {
        #expect(HandOff.target(in: ["Petugas menyerahkan SKTM"], among: Self.folder, excluding: "07") == nil)
        #expect(HandOff.target(in: ["dilanjutkan sesuai SOP Penerbitan Akta"], among: Self.folder, excluding: "07") == nil)
        #expect(HandOff.target(in: ["kembali ke SOP Pelayanan Pengusulan DTKS"], among: Self.folder, excluding: "07") == nil)
    }

    @Test func twoSOPsMatchingTheMentionGiveNothing() {
        let folder = [HandOff.Target(nomor: "08", judul: "Penerbitan KIS-PBI"), HandOff.Target(nomor: "10", judul: "Penerbitan KIS-PBI Susulan")]
        #expect(HandOff.target(in: ["sesuai SOP Penerbitan KIS-PBI"], among: folder, excluding: "07") == nil)
    }
}
