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

    /// <summary>Before a number, makes it an increment: "another 2,000", "an additional", "increased by".</summary>
    AdditionalBefore = 1 << 15,

    /// <summary>Right after a number, makes it an increment: "2,000 more", "1,000 additional".</summary>
    AdditionalAfter = 1 << 16,

    /// <summary>After a front-line word, makes it a place: "the frontline region of Kursk" is no front.</summary>
    PlaceNoun = 1 << 17,

    /// <summary>Before "to be deployed", makes it a present state, not a plan: "estimated to be deployed".</summary>
    ReportedPassive = 1 << 18,

    /// <summary>Before "to" and a number, makes it the new total after an increment: "bringing the total to".</summary>
    TotalNoun = 1 << 19,

    /// <summary>Links a number to a subject named before it: "at", "grows to", "reached", "out of".</summary>
    LinkWord = 1 << 20,

    /// <summary>After a number, makes it no count of soldiers: "a day" (a rate), "went missing".</summary>
    NotACount = 1 << 21,

    /// <summary>A verb of growth whose "by" gives an increment: "increased its contingent in Russia by 2,000".</summary>
    IncreaseVerb = 1 << 22,

    /// <summary>A few words before a number, makes it no count of soldiers sent or lost: "video shows 30",
    /// "paraded 20,000", "if it were to send 100,000".</summary>
    NotACountBefore = 1 << 23,
}
