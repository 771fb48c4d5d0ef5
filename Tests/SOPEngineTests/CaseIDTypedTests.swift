import Testing

@testable import SOPEngine

@Suite struct CaseIDTypedTests {
    @Test func typedIdsAreCompactedAndPadded() {
        #expect(CaseID.typed("19-2026-1").rawValue == "19-2026-000001")
        #expect(CaseID.typed(" 19 - 2026 - 000001 ").rawValue == "19-2026-000001")
        #expect(CaseID.typed("SOP-314-17000-2025-2026-000123").rawValue == "SOP-314-17000-2025-2026-000123")
        #expect(CaseID("SOP-314-17000-2025-2026-000123").matches(typed: "sop-314-17000-2025-2026-123"))
        #expect(!CaseID("19-2026-000001").matches(typed: "19-2026-2"))
    }
}
