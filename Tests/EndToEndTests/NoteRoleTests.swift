import Foundation
import Testing

/// The default timeline (`sop case ID`) shows each note's operator and role.
@Suite("A note's operator and role in the timeline")
struct NoteRoleTests {
    @Test func theTimelineShowsEachNotesOperatorAndRole() throws {
        let roster = RosterTests()
        let run = try roster.sop(["run", "01", "--answers", "Tests/Fixtures/answers/01-lengkap.yaml"] + RunTests.allRoles, as: "budi")
        #expect(run.status == 0, "\(run.stderr)")
        let timeline = try roster.sop(["case", "01-2026-000001"], as: "ani")
        #expect(timeline.status == 0)
        let notes = timeline.stdout.split(separator: "\n").filter { $0.contains("Catatan (") }
        #expect(!notes.isEmpty, "\(timeline.stdout)")
        for note in notes { #expect(note.contains("Catatan (budi · Resepsionis, "), "\(note)") }
    }
}
