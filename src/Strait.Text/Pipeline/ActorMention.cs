using Strait.Core.Actors;

namespace Strait.Text.Pipeline;

/// <summary>How a mention names its actor.</summary>
public enum MentionKind
{
    /// <summary>A country's name or adjective ("Japan", "South Korean").</summary>
    Country,
    /// <summary>A capital standing for a government ("Seoul", "Tokyo").</summary>
    Metonym,
    /// <summary>A country's people ("South Koreans").</summary>
    Demonym,
    /// <summary>A named person resolved at the document's date.</summary>
    Person,
    /// <summary>A named organisation.</summary>
    Organisation,
    /// <summary>A country adjective with a role word ("South Korean lawmakers").</summary>
    Group,
    /// <summary>A pronoun or description resolved to an earlier mention ("he", "the two leaders").</summary>
    Coreference,
}

/// <summary>A span of text that names an actor, with the code it resolves to.</summary>
public sealed record ActorMention(TextSpan Span, ActorCode Actor, MentionKind Kind, string? Name = null);
