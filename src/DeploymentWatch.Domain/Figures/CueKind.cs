namespace DeploymentWatch.Domain.Figures;

/// <summary>What a cue word or phrase tells the figure reader; one phrase may be several kinds ("russian").</summary>
[Flags]
internal enum CueKind
{
    None = 0,
    Casualty = 1 << 0,
    SoldierNoun = 1 << 1,
    Frontline = 1 << 2,
    PlannedBefore = 1 << 3,
    PlannedAfter = 1 << 4,
    DeployVerb = 1 << 5,
    NorthKorea = 1 << 6,
    PeopleNoun = 1 << 7,
    OtherSide = 1 << 8,
    /// <summary>After a side's name, makes it the owner of the count: "Russia has lost", "the U.S. has 28,500 troops".</summary>
    LossWord = 1 << 9,
    OtherWar = 1 << 10,
    DeploymentContext = 1 << 11,
    Preposition = 1 << 12,
    Estimate = 1 << 13,
    CountNoun = 1 << 14,
}
