import SOPCore

/// Every rule of `sop lint`, in the order `--rules` lists them. Adding a rule: one file under
/// `Rules/`, its summary in the catalog, and one line here.
public enum RuleRegistry {
    /// The rules whose findings the reader and the loader make: documented, never silenced.
    static let reading: [any Rule] = [
        YAMLSyntaxRule(), YAMLTooLargeRule(), YAMLTooDeepRule(), YAMLInvalidUTF8Rule(), YAMLTabIndentationRule(),
        YAMLEmptyRule(), YAMLDuplicateKeyRule(), YAMLAnchorRule(), YAMLAliasRule(), YAMLMergeKeyRule(),
        YAMLTagRule(), YAMLComplexKeyRule(), YAMLMultipleDocumentsRule(), YAMLTooManyProblemsRule(),
        IOUnreadableRule(), IONoSOPFilesRule(),
        UnknownKeyRule(), MissingKeyRule(), WrongTypeRule(), EmptyValueRule(), InvalidChoiceRule(),
        InvalidBooleanRule(), InvalidIDRule(), ReservedIDRule(), ConflictingKeysRule(),
        WaktuFormatRule(), DateFormatRule(), DateNonexistentRule(), ServiceHoursFormatRule(),
        WaktuSeveralRule(), WaktuSpelledRule(), WaktuStatedAloneRule(),
    ]

    /// The rules checked on the model of each SOP.
    static let sopRules: [any SOPRule] = [
        DateOrderRule(), NIPFormatRule(), NIPBirthDateRule(), NIPAppointmentRule(), NIPGenderRule(),
        FileNameNomorRule(), LogoRule(), SignatureRule(), QRCodeRule(), PrintedSectionRule(), SectionTableRule(), UnprintedSettingRule(),
        ActorsMissingRule(), ActorUnknownRule(), ActorUnusedRule(), ActorDuplicateRule(),
        StepsMissingRule(), StepDuplicateIDRule(), FlowUnknownTargetRule(), FlowUnreachableRule(),
        FlowNoExitRule(), FlowNoEndRule(), DecisionBranchCountRule(), DecisionDuplicateLabelRule(),
        ParallelBranchCountRule(), ParallelNoJoinRule(), JoinNeverCompletesRule(),
        WaktuZeroRule(), WaktuAbsurdRule(), WaktuRangeReversedRule(), MutuBakuEmptyItemRule(), KelengkapanIntroAskedRule(), KelengkapanMergedRule(),
        OutputMergedRule(), OutputMergedExitRule(), OutputBoxRule(),
        WaktuReadFromTextRule(), WaktuPartUnreadableRule(), WaktuSinceUnlinkedRule(), WaktuSpanTargetRule(), WaktuMergedOverlapRule(),
        WaktuConditionalBasisRule(), WaktuStatedDiffersRule(), WaktuScheduleRule(), WaktuNoStandardRule(), WaktuPerItemTextRule(), WaktuPerItemFieldRule(), WaktuDueDateFieldRule(), WaktuBasisContradictoryRule(), WaktuDayBasisRule(), ServiceHoursHolidaysRule(), TotalVersusRowsRule(), OutsideServiceLimitRule(),
        FormDuplicateFieldRule(), FormChoiceWithoutOptionsRule(), FormOptionsUnusedRule(), FormLaterPassUnreachableRule(),
        OutcomeFlowsOnRule(), RowKindMisplacedRule(), JointActorRule(), StopMisplacedRule(), TableColumnNameUnknownRule(), RecorderNotStaffRule(), ArrowLabelMisplacedRule(),
        OptionalDecisionRule(), JoinMissingBranchRule(), ListSplitAtCommaRule(), DecisionExitDuplicateRule(), KeteranganExitRowRule(),
        TableActorMissingRule(), TableChoiceSingleRule(), TableChoiceCrossingRule(),
        HiddenArrowMisplacedRule(), ConnectorMisplacedRule(), JointLineMisplacedRule(), LineTargetRule(), PageRowUnknownRule(),
        CaseUnknownReferenceRule(), CollectivePerCaseRule(),
    ]

    /// The rules checked on a calendar file (`kalender.yaml`), and those its loader reports.
    static let calendarRules: [any CalendarRule] = [CalendarNoServiceHoursRule(), CalendarYearMissingRule()]
    static let calendarReading: [any Rule] = [CalendarYearRule(), CalendarDateOutsideYearRule(), CalendarDuplicateDayRule()]

    /// The rules across the files of one folder.
    static let crossFileRules: [any CrossFileRule] = [NomorDuplicateRule(), ShortCodeDuplicateRule(), CalendarDuplicateRule()]

    /// The rules about `# sop-lint:` comments themselves.
    static let suppressionRules: [any Rule] = [
        SuppressionInvalidRule(), SuppressionNoReasonRule(), SuppressionUnknownRuleRule(), SuppressionUnusedRule(),
    ]

    /// Every rule, grouped by category in `RuleCategory` order.
    public static let all: [any Rule] = {
        // Each group is widened element by element: an array cast would look every rule's
        // conformance up at run time, which costs more than linting a file.
        let rules: [any Rule] = reading + sopRules.map { $0 as any Rule } + crossFileRules.map { $0 as any Rule }
            + suppressionRules + calendarReading + calendarRules.map { $0 as any Rule }
        return RuleCategory.allCases.flatMap { category in rules.filter { $0.description.category == category } }
    }()

    public static func rule(_ id: DiagnosticCode) -> (any Rule)? {
        all.first { $0.description.id == id }
    }
}
