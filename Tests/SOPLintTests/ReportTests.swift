import Foundation
import SOPCore
import Testing

@testable import SOPLint

@Suite struct ReportTests {
    static let reports: [FileReport] = lint([
        ("sop/01-rusak.yaml", sop(actors: RuleExample.defaultActors + "\n  - {id: kabid, nama: Kabid, jenis: staff}",
                                  steps: "  - {uraian: a, pelaksana: petugas, terlibat: [kabid], mutu_baku: {waktu: 5 mnt}}")),
        ("sop/bersih.yaml", sop(nomor: "\"02\"")),
        ("sop/dua kata.yaml", sop(nomor: "\"01\"")),
    ]) + Linter().lint([.file(path: "/nonexistent/hilang.yaml")])

    static func render(_ format: LintFormat, _ language: Language = .id) -> String {
        var reporter = format.reporter(language: language, colour: false, rules: RuleRegistry.all.map(\.description))
        var summary = LintSummary()
        var out = reporter.begin()
        for report in reports {
            summary.add(report)
            out += reporter.file(report)
        }
        return out + reporter.end(summary)
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func sarifHasWhatGitHubCodeScanningRequires() throws {
        let sarif = try Self.json(Self.render(.sarif))
        #expect(sarif["version"] as? String == "2.1.0")
        #expect((sarif["$schema"] as? String)?.hasSuffix("sarif-2.1.0.json") == true)
        let runs = try #require(sarif["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "sop")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == RuleRegistry.all.count)
        for rule in rules {
            #expect(rule["id"] is String)
            for key in ["shortDescription", "fullDescription", "help"] {
                #expect(((rule[key] as? [String: Any])?["text"] as? String)?.isEmpty == false, "\(key)")
            }
            let level = (rule["defaultConfiguration"] as? [String: Any])?["level"] as? String
            #expect(["error", "warning", "note"].contains(level ?? ""))
        }
        let ids = rules.compactMap { $0["id"] as? String }
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.count == Self.reports.map(\.diagnostics.count).reduce(0, +))
        for result in results {
            let ruleID = try #require(result["ruleId"] as? String)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(ids[index] == ruleID)
            #expect(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
            #expect(((result["message"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
            let locations = try #require(result["locations"] as? [[String: Any]])
            let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
            let uri = try #require((physical["artifactLocation"] as? [String: Any])?["uri"] as? String)
            #expect(!uri.contains(" "))
            if let region = physical["region"] as? [String: Int] {
                #expect(region["startLine"]! >= 1 && region["startColumn"]! >= 1)
                #expect(region["endColumn"]! > region["startColumn"]!)
            } else {
                #expect(ruleID == "io-unreadable" && uri == "file:///nonexistent/hilang.yaml")
            }
        }
        let waktu = try #require(results.first { $0["ruleId"] as? String == "waktu-format" })
        let region = ((waktu["locations"] as? [[String: Any]])?[0]["physicalLocation"] as? [String: Any])?["region"] as? [String: Int]
        #expect(region == ["startLine": 7, "startColumn": 75, "endColumn": 80])
        #expect(results.contains { ($0["relatedLocations"] as? [[String: Any]])?.isEmpty == false },
                "a note with a place (the first nomor) becomes a related location")
    }

    @Test func jsonIsStableAndComplete() throws {
        let text = Self.render(.json)
        let json = try Self.json(text)
        #expect(json["version"] as? Int == 1)
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["rule"] as? String } == ["invalid-choice", "waktu-format", "nomor-duplicate", "io-unreadable"])
        for diagnostic in diagnostics {
            #expect(Set(diagnostic.keys) == ["file", "line", "column", "length", "severity", "rule", "message", "notes"])
        }
        #expect(diagnostics[3]["line"] is NSNull && diagnostics[3]["file"] as? String == "/nonexistent/hilang.yaml")
        #expect(json["summary"] as? [String: Int] == ["files": 4, "errors": 4, "warnings": 0])
        #expect(text == Self.render(.json), "deterministic")
        let empty = try Self.json(JSONReporter(language: .en).begin() + JSONReporter(language: .en).end(LintSummary()))
        #expect((empty["diagnostics"] as? [Any])?.isEmpty == true)
    }

    @Test func githubCommandsAreEscaped() {
        let lines = Self.render(.github, .en).split(separator: "\n").map(String.init)
        #expect(lines.first == "::error file=sop/01-rusak.yaml,line=5,col=37,endColumn=41,title=invalid-choice::'jenis' is 'staff'; the choices are: staf, eksternal, instansi, sarana%0Anote: did you mean 'staf'?")
        #expect(lines.contains { $0.hasPrefix("::error file=/nonexistent/hilang.yaml,title=io-unreadable::cannot read") })
        #expect(lines.last == "4 files, 4 errors, 0 warnings")
        #expect(GitHubReporter.property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae")
        #expect(GitHubReporter.data("50% a:b\r\n") == "50%25 a:b%0D%0A")
    }

    @Test func textIsCompilerStyleWithASummary() {
        let text = Self.render(.text)
        #expect(text.hasPrefix("sop/01-rusak.yaml:5:37: error: 'jenis' bernilai 'staff'"))
        #expect(text.contains("error: tidak dapat membaca '/nonexistent/hilang.yaml'"))
        #expect(text.hasSuffix("\n4 berkas, 4 galat, 0 peringatan\n"))
        #expect(!text.contains("\u{1B}["))
    }

    @Test func urisAreRelativeOrFileURIsAndEscaped() {
        #expect(SARIFReporter.uri("./sop/01-a.yaml") == "sop/01-a.yaml")
        #expect(SARIFReporter.uri("sop/dua kata.yaml") == "sop/dua%20kata.yaml")
        #expect(SARIFReporter.uri("/srv/sop/é.yaml") == "file:///srv/sop/%C3%A9.yaml")
    }

    /// Tester 12, F15: GitLab's Code Quality report (a JSON array of Code Climate issues).
    @Test func gitlabIssuesHaveWhatGitLabReads() throws {
        let text = Self.render(.gitlab)
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(issues.map { $0["check_name"] as? String } == ["invalid-choice", "waktu-format", "nomor-duplicate", "io-unreadable"])
        #expect(issues.map { $0["severity"] as? String } == ["major", "major", "major", "critical"])
        for issue in issues {
            #expect((issue["description"] as? String)?.isEmpty == false)
            let location = try #require(issue["location"] as? [String: Any])
            #expect(location["path"] is String)
            #expect(((location["lines"] as? [String: Any])?["begin"] as? Int ?? 0) >= 1)
        }
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(Set(fingerprints).count == 4 && fingerprints.allSatisfy { $0.count == 32 && $0.allSatisfy(\.isHexDigit) })
        #expect(text == Self.render(.gitlab), "deterministic")
        let english = try #require(try JSONSerialization.jsonObject(with: Data(Self.render(.gitlab, .en).utf8)) as? [[String: Any]])
        #expect(english.compactMap { $0["fingerprint"] as? String } == fingerprints, "the same in either language")
        #expect(((issues[3]["location"] as? [String: Any])?["lines"] as? [String: Int]) == ["begin": 1])
        #expect(GitLabReporter.severity(.warning) == "minor" && GitLabReporter.severity(.note) == "info")
        var empty = GitLabReporter(language: .id, paths: ReportPaths(root: "/"))
        #expect(empty.begin() + empty.file(Self.reports[1]) + empty.end(LintSummary()) == "[]\n")
    }

    @Test func reportPathsAreRelativeToTheWorkingDirectory() {
        let paths = ReportPaths(root: "/builds/dinas/sop-repo/")
        #expect(paths.root == "/builds/dinas/sop-repo")
        #expect(paths.relative("/builds/dinas/sop-repo/sop/07.yaml") == "sop/07.yaml")
        #expect(paths.relative("./sop/07.yaml") == "sop/07.yaml")
        #expect(paths.relative("sop/07.yaml") == "sop/07.yaml")
        #expect(paths.relative("/builds/dinas/sop-repo") == ".")
        #expect(paths.relative("/builds/dinas/sop-repo-lama/07.yaml") == nil)
        #expect(paths.relative("../lain/07.yaml") == nil)
        #expect(paths.shown("/srv/sop/07.yaml") == "/srv/sop/07.yaml")
        #expect(ReportPaths(root: "/").relative("/sop/07.yaml") == "sop/07.yaml")
    }

    @Test func rulesListingHasEveryRule() throws {
        let rules = RuleRegistry.all.map(\.description)
        let text = RulesListing.text(rules, language: .en)
        #expect(text.split(separator: "\n").count == rules.count + 1)
        #expect(text.contains("actor-unknown") && text.contains("step actor or involved actor not declared"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(RulesListing.json(rules, language: .id).utf8)) as? [[String: Any]])
        #expect(json.map { $0["id"] as? String } == rules.map(\.id.rawValue))
    }
}
