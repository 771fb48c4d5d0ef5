import Foundation
import Testing

/// `sop lint` gives the flow's findings in the same run as the loader's (issue 10), in file
/// order, unless the loader's problem lies where the flow is written (then those rules wait).
@Suite("sop lint: flow findings with loader findings in one run")
struct LintFlowTogetherTests {
    static func lint(_ text: String) throws -> SOPBinary.Output {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-lintflow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("07-izin.yaml").path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return try SOPBinary.run(["lint", file, "--format", "json"])
    }

    static let head = """
        nomor: "07"
        judul: Izin
        pelaksana:
          - {id: petugas, nama: Petugas, jenis: staf}
        kegiatan:
          - no: 1
            uraian: Menerima berkas
            pelaksana: petugas
            mutu_baku: {waktuu: 5 menit}
            lanjut: periksa

        """

    static func findings(_ output: SOPBinary.Output) throws -> [String] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let list = try #require(json["diagnostics"] as? [[String: Any]])
        return list.map { "\($0["line"] as? Int ?? 0):\($0["rule"] as? String ?? "")" }
    }

    @Test func aProblemInACellLeavesTheFlowRulesRunning() throws {
        let output = try Self.lint(Self.head + """
              - no: 2
                uraian: Memeriksa
                pelaksana: petugas
                keterangan: [a, b]
            """)
        #expect(output.status == 1)
        #expect(try Self.findings(output) == ["9:unknown-key", "10:flow-unknown-target", "14:wrong-type"])
    }

    @Test func aProblemWhereTheFlowIsWrittenStillHoldsTheFlowRulesBack() throws {
        let output = try Self.lint(Self.head + """
              - no: 2
                uraian: Memeriksa
                pelaksana: petugas
                lanjut: [1, 3]
            """)
        #expect(output.status == 1)
        // The flow of step 2 is unknown: no flow rule guesses around it.
        #expect(try Self.findings(output) == ["9:unknown-key", "14:wrong-type"])
    }
}
