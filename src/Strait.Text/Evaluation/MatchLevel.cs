namespace Strait.Text.Evaluation;

/// <summary>The three event scores of FORMAT.md.</summary>
public enum MatchLevel
{
    /// <summary>When and countries only: the type is dropped.</summary>
    Lenient,
    /// <summary>When, countries and type.</summary>
    Default,
    /// <summary>The default score plus roles, status and issue.</summary>
    Strict,
}
