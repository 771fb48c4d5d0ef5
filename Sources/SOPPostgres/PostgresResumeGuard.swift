import Foundation

/// Migration v25: a paused case is resumed only in the role of a step that waits, as v14 already
/// required of a pause and a cancellation. Before it, the server let any role held for the SOP
/// resume a case paused by another desk (an outside tester's finding: a desk with no role for the
/// waiting step resumed a colleague's paused case by opening it); `sop run` and the web desk now
/// refuse it too, and this makes the server refuse a modified client's hand-written resume.
///
/// The check is v19's (`PostgresCaseProof.check`) with `case-resumed` beside `case-paused` and
/// `case-cancelled` in the waiting-step rule; nothing else of it changes (a test checks it).
enum PostgresResumeGuard {
    static let name = "v25: a paused case is resumed only in the role of a waiting step, as a pause or a cancellation"

    /// v14's waiting-step rule as v15 wrote it, and the same rule with a resume in it.
    static let pauseOrCancel = "NEW.type IN ('case-paused', 'case-cancelled')"
    static let pauseResumeOrCancel = "NEW.type IN ('case-paused', 'case-resumed', 'case-cancelled')"

    /// v19's check with a resume under the waiting-step rule. Empty when v19's text is not as
    /// expected (a test checks it is not).
    static let check: String = {
        let body = PostgresCaseProof.check
        guard body.components(separatedBy: pauseOrCancel).count == 2 else { return "" }
        return body.replacingOccurrences(of: pauseOrCancel, with: pauseResumeOrCancel)
    }()

    static let migration = """
        \(check)
        DO $vnext$
        BEGIN
            -- The temporary schema searched last (v12), as CREATE OR REPLACE reset the search path.
            EXECUTE format('ALTER FUNCTION sop_case_event_role_held() SET search_path = %I, pg_temp', current_schema());
        END $vnext$;
        """
}
