using Strait.Core.Events;

namespace Strait.Text.Pipeline;

/// <summary>
/// Why the event coder did not code an event at a trigger phrase it found. Each value names the step that set the
/// trigger aside, so a developer reading <c>eval</c>'s misses can tell a missing phrase from a screen or a missing actor.
/// </summary>
public enum SetAsideReason
{
    /// <summary>The sentence is a question.</summary>
    Question,
    /// <summary>The act is what someone asked for or agreed to ("urged Tokyo to lift the curbs").</summary>
    Requested,
    /// <summary>
    /// A nominal trigger governed by an earlier trigger and without a date of its own, or an "-ing" verb that goes on
    /// telling the act before it ("shelled the island, killing two").
    /// </summary>
    Governed,
    /// <summary>An opinion, negation, hypothetical or standing-condition cue governs the trigger.</summary>
    RuledOutByCue,
    /// <summary>A conditional ("if", "were ... to") governs the trigger.</summary>
    Conditional,
    /// <summary>A nominal trigger that names a kind of action, not an event ("room for talks").</summary>
    Generic,
    /// <summary>A verb of a relative clause whose subject is a thing, not an actor.</summary>
    RelativeClause,
    /// <summary>A verb that describes a standing state of affairs ("a regime which suppresses dissent").</summary>
    StandingDescription,
    /// <summary>No source actor could be found for the trigger.</summary>
    NoSource,
    /// <summary>No target actor could be found for the trigger.</summary>
    NoTarget,
    /// <summary>The source and the target are the same actor.</summary>
    SameActor,
    /// <summary>The event could not be dated in a dated document.</summary>
    Undated,
    /// <summary>Background the text does not date ("had once sent troops").</summary>
    UndatedBackground,
    /// <summary>A counted people as the subject: a statistic, not an act ("5.6 million South Koreans visited Japan").</summary>
    Statistic,
}

/// <summary>
/// A trigger phrase the event coder found and set aside, with the reason: <paramref name="Start"/> and
/// <paramref name="End"/> are character offsets of the trigger words in the document's text.
/// </summary>
public sealed record SetAsideTrigger(int Start, int End, string Words, EventType Type, SetAsideReason Reason)
{
    /// <summary>The reason in a few words, as <c>eval</c> prints it.</summary>
    public string ReasonText => TextOf(Reason);

    /// <summary>A reason in a few words.</summary>
    public static string TextOf(SetAsideReason reason) => reason switch
    {
        SetAsideReason.Question => "the sentence is a question",
        SetAsideReason.Requested => "it is what someone asked for or agreed to",
        SetAsideReason.Governed => "a noun governed by an earlier trigger, with no date of its own, or a verb going on with the act before it",
        SetAsideReason.RuledOutByCue => "an opinion, negation, hypothetical or standing-condition cue governs it",
        SetAsideReason.Conditional => "a conditional governs it",
        SetAsideReason.Generic => "a noun naming a kind of action, not an event",
        SetAsideReason.RelativeClause => "the verb of a relative clause about a thing",
        SetAsideReason.StandingDescription => "a verb describing a standing state",
        SetAsideReason.NoSource => "no source actor found",
        SetAsideReason.NoTarget => "no target actor found",
        SetAsideReason.SameActor => "source and target are the same actor",
        SetAsideReason.Undated => "no date found",
        SetAsideReason.Statistic => "a count of people, a statistic rather than an act",
        _ => "background the text does not date",
    };

    /// <summary>The reason's key in <c>eval --json</c>'s diagnosis: <c>no_source</c>, <c>ruled_out_by_cue</c>...</summary>
    public string ReasonKey => KeyOf(Reason);

    public static string KeyOf(SetAsideReason reason) =>
        string.Concat(reason.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
