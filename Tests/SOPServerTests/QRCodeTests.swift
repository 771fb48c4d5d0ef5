import Foundation
import SOPCore
import Testing

/// The QR encoder of `sop roster totp` (tester 11, F18): the same matrices `qrencode -l M -8`
/// (libqrencode 4.1.1) draws for the same bytes, and what `zbarimg` reads back when it is
/// installed (Debian's zbar-tools).
@Suite struct QRCodeTests {
    /// Text, modules per side, each row's modules as hexadecimal (dark = 1), from
    /// `qrencode -l M -8 -m 0 -t ASCII`.
    static let vectors: [(String, Int, String)] = [
        ("otpauth://totp/kabid?secret=G5JTABCDEFGHIJKLMNOPQRSTUVWXYZ234567&issuer=Dinas", 37,
         "1fc638817f,105e6d8841,175274b45d,1750818b5d,174f25a15d,10483d8941,1fd555557f,1f007300,10564449ce,6bd0620fa,a478cc3b3,7b2f35489,14d3d911ed,1685dd6201,1cfe78cadb,a61c014d,76ed05bee,5b78725ee,16d9aab729,128c44208a,854e31dfa,484842695,12ec64c6c3,f078271da,8785d3652,151513fdec,15fc80c3e7,16bba0225f,176cc0cff2,125d2319,1fc0626955,1045fd2718,1744302bf4,174f1432c5,174179552b,104dc562c9,1fd2786595"),
        ("0123456789abcdefghijklmnopqrstuvwxyz", 29,
         "1fc7af7f,104ae041,175f815d,175d5a5d,175e1f5d,105d3941,1fd5557f,1c6600,17c51a7c,32cdff1,124ee88e,f2da253,14c55a0e,101713f9,16eb3532,12bd5490,7ff3a0e,1e98d3f9,1651e43a,138e9002,12d47bfe,1d1119,1fc93f56,10517712,175339fc,175dd32b,1756eede,1044b112,1fd5bacc"),
        (String(repeating: "x", count: 213), 57,
         "1fcf4bbddddd67f,1054e8e77777a41,174a4842222265d,1744e918888825d,175344b7dddda5d,1045a7e47777441,1fd55555555557f,4bbb45dddf00,154a42eff777612,3bdbb4e222202d,1a7a48148888987,e85abb1ddddfd2,157ae26b7777678,e3d8b8e222202d,1a7ee8148888987,98deb71ddddfd0,1672d1ab777767b,835090e222202d,1d7eedd48888987,899e4b1ddddfd2,16e7dd6b7777678,8b20a4e222202d,4f7edd48888987,18a5ebb1ddddfd2,6f2db6b7777678,8aa064e222202d,15f7e7d7c8889f7,916afbc5dddf12,1f5117657777558,131a3a44622211d,17f6875fc888bf7,1f175fb75dddd72,d6117263777528,170aeac8a22228c,13561719c888ad6,193b6f375dddd72,be546a63777529,130a59c8a22228d,10560d99c888ad7,1a3f42375dddd72,b6d44663777528,13085288a22228d,9d30999c888ad7,b3a4a375dddd72,136246663777528,b8a5388a22228d,14e00299c888ad7,1f3bcc375dddd72,701667f7775f8,19938c622231d,1fc152954888957,10491cbc5dddf12,1750f62ff7777f8,174913c5e2221de,1759b2934888b75,1045bc7a1ddde22,1fd8b5ecb77748b"),
    ]

    @Test func theMatricesAreLibqrencodesForTheSameBytes() throws {
        for (text, size, rows) in Self.vectors {
            let code = try #require(QRCode(bytes: Array(text.utf8)))
            #expect(code.size == size)
            let hex = code.modules.map { row in String(Int(row.map { $0 ? "1" : "0" }.joined(), radix: 2)!, radix: 16) }
            #expect(hex.joined(separator: ",") == rows, "\(text.prefix(20)): version \(code.version), mask \(code.mask)")
        }
    }

    @Test func tooLongForVersion10IsNil() {
        #expect(QRCode(bytes: Array(repeating: 0x61, count: 214)) == nil)
        #expect(QRCode(bytes: Array(repeating: 0x61, count: 213))?.version == 10)
        #expect(QRCode(bytes: [])?.version == 1)
    }

    @Test func theTerminalDrawingHasTwoRowsALine() throws {
        let code = try #require(QRCode(bytes: Array("HELLO".utf8)))
        let lines = code.terminalText().split(separator: "\n")
        #expect(lines.count == (21 + 4 + 1) / 2)
        #expect(lines.allSatisfy { $0.count == 25 })
        #expect(lines[0].allSatisfy { $0 == "█" })
    }

    @Test func zbarimgReadsWhatWasEncoded() throws {
        let zbar = "/usr/bin/zbarimg"
        guard FileManager.default.isExecutableFile(atPath: zbar) else {
            // Skipped on a developer machine without zbar-tools; CI installs it (.ci/run).
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("zbarimg is missing: apt-get install zbar-tools") }
            return
        }
        for text in ["otpauth://totp/kabid?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Dinas%20Koperasi%2C%20Kota%20Malang", "HELLO",
                     String(repeating: "z", count: 200)] {
            let code = try #require(QRCode(bytes: Array(text.utf8)))
            let quiet = 4, scale = 3, side = (code.size + 2 * quiet) * scale
            var pbm = "P1\n\(side) \(side)\n"
            for y in 0..<side {
                pbm += (0..<side).map { x -> String in
                    let (i, j) = (x / scale - quiet, y / scale - quiet)
                    return i >= 0 && j >= 0 && i < code.size && j < code.size && code.modules[j][i] ? "1" : "0"
                }.joined(separator: " ") + "\n"
            }
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString).pbm")
            try pbm.write(to: file, atomically: true, encoding: .ascii)
            defer { try? FileManager.default.removeItem(at: file) }
            let read = try ChildProcess.run(zbar, arguments: ["-q", "--raw", file.path], environment: ProcessInfo.processInfo.environment, deadline: 120)
            #expect(String(decoding: read.stdout, as: UTF8.self) == text + "\n", "version \(code.version)")
        }
    }
}
