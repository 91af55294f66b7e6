namespace Strait.Text.Coding;

/// <summary>Who an actor slot of a pattern names.</summary>
public enum SlotRole
{
    Source,
    Target,
}

/// <summary>One element of a compiled pattern phrase.</summary>
public abstract record PhraseElement;

/// <summary>A word given as one or more alternative stems; optional words may be absent.</summary>
public sealed record WordElement(IReadOnlySet<string> Stems, bool Optional) : PhraseElement;

/// <summary>
/// One word that is none of the given stems (<c>^a|b</c> in the file): "call ^for|on * unacceptable" reads "called the
/// move unacceptable" but not "called for an end to the unacceptable ...".
/// </summary>
public sealed record NotWordElement(IReadOnlySet<string> Stems) : PhraseElement;

/// <summary>Up to <see cref="Max"/> words of anything (<c>*</c> in the file: 3 words).</summary>
public sealed record GapElement(int Max) : PhraseElement;

/// <summary>
/// An actor mention (<c>{SOURCE}</c> or <c>{TARGET}</c> in the file), found within a few tokens; a required slot
/// (<c>{TARGET!}</c>) needs a mention that starts right there, and the phrase matches only with it ("come to
/// {TARGET!}" reads "came to Fredville", not "came to power").
/// </summary>
public sealed record SlotElement(SlotRole Role, bool Required = false) : PhraseElement;
