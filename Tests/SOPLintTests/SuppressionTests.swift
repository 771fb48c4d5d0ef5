import SOPCore
import Testing

@testable import SOPLint

@Suite struct SuppressionTests {
    static let twoUnused = """
          - {id: petugas, nama: Petugas, jenis: staf}
          - {id: kabid, nama: Kabid, jenis: staf}
          - {id: sekre, nama: Sekretaris, jenis: staf}
        """

    @Test func aReasonedSuppressionSilencesTheNamedRulesOnTheNextLineOnly() {
        let report = lint(sop(actors: """
              - {id: petugas, nama: Petugas, jenis: staf}
              # sop-lint: disable-next-line actor-unused, nip-format -- kolom tetap dicetak
              - {id: kabid, nama: Kabid, jenis: staf}
              - {id: sekre, nama: Sekretaris, jenis: staf}
            """))
        #expect(report.diagnostics.map { "\($0.code)@\($0.location!.line):\($0.location!.column)" }
                == ["suppression-unused@5:47", "actor-unused@7:10"])
    }

    @Test func blankAndCommentLinesBetweenAreSkipped() {
        let report = lint(sop(actors: """
              - {id: petugas, nama: Petugas, jenis: staf}
              # sop-lint: disable-next-line actor-unused -- kolom tetap dicetak

              # kabid menandatangani di SOP lain
              - {id: kabid, nama: Kabid, jenis: staf}
            """))
        #expect(codes(report).isEmpty)
    }

    @Test func withoutAReasonNothingIsSilenced() {
        let report = lint(sop(actors: """
              - {id: petugas, nama: Petugas, jenis: staf}
              # sop-lint: disable-next-line actor-unused --   
              - {id: kabid, nama: Kabid, jenis: staf}
            """))
        #expect(codes(report) == ["suppression-no-reason", "actor-unused"])
    }

    @Test func loaderProblemsCannotBeSilencedButCrossFileOnesCan() {
        let broken = lint(sop(identity: "# sop-lint: disable-next-line unknown-key -- kunci lokal\nzz: 1"))
        #expect(codes(broken) == ["suppression-invalid", "unknown-key"])
        let reports = lint([("sop/01-a.yaml", sop()),
                            ("sop/01-b.yaml", "# sop-lint: disable-next-line nomor-duplicate -- versi lama\n" + sop())])
        #expect(codes(reports[1]).isEmpty)
    }

    @Test func unknownRulesGetTheNearestName() throws {
        let report = lint(sop(identity: "# sop-lint: disable-next-line actor-unusd -- alasan\ninstansi: Dinas"))
        let finding = try #require(report.diagnostics.first)
        #expect(finding.code == "suppression-unknown-rule")
        #expect(finding.notes.map(\.message.en) == ["did you mean 'actor-unused'?"])
    }

    @Test func aSuppressionAtTheEndOfTheFileSilencesNothing() {
        let report = lint(sop() + "# sop-lint: disable-next-line actor-unused -- terakhir\n")
        #expect(codes(report) == ["suppression-unused"])
    }

    @Test func commentsThatAreNotDirectivesAreIgnored() {
        let report = lint(sop(identity: "# sop-lint adalah pemeriksa SOP\n#sop-lint:disable-next-line actor-unused -- rapat\ninstansi: Dinas"))
        #expect(codes(report) == ["suppression-unused"])
    }
}
