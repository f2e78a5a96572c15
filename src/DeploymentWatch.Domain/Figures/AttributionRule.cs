namespace DeploymentWatch.Domain.Figures;

/// <summary>Which rule gave a figure its source, so <c>explain</c> can say why a figure is someone's.</summary>
public enum AttributionRule
{
    /// <summary>No source named: the outlet's own statement.</summary>
    Unattributed,

    /// <summary>A speaker or "according to" in the figure's own sentence.</summary>
    InSentence,

    /// <summary>"…, citing the spy agency": the cited source over whoever passed the figure on.</summary>
    Citing,

    /// <summary>A headline's edge: "NIS: about 300 killed", "900 killed in clashes: spy agency".</summary>
    HeadlineEdge,

    /// <summary>"It said", "the agency added" or a quote: the source named in one of the two sentences before.</summary>
    CarriedFromBefore,

    /// <summary>A quote or a figure followed by "This was stated by …": the source in the next sentence.</summary>
    NextSentence,

    /// <summary>The body repeats a headline figure without its source: the headline's source.</summary>
    Headline,
}
