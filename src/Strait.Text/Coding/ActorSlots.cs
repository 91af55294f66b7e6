using Strait.Core.Actors;

namespace Strait.Text.Coding;

/// <summary>
/// The parties of one act as the coder resolves them: source and target (null until found), the index of the mention
/// that named each (-1 when none did), the token that bounds the evidence on that side (null when no mention named it),
/// the parties coordinated with them, and the confidence so far.
/// </summary>
public sealed record ActorSlots(
    ActorCode? Source,
    int SourceMention,
    int? SourceToken,
    ActorCode? Target,
    int TargetMention,
    int? TargetToken,
    List<ActorCode> OtherSources,
    List<ActorCode> OtherTargets,
    double Confidence)
{
    /// <summary>
    /// The slots a pattern's own source and target slots fill (the most specific mention of each), with the base
    /// confidence, raised when both are named; a place a joint act's target slot took ("met near Fredville") is left
    /// for the clause to fill, and so is the agent a passive's target slot took (<paramref name="agentPrepositions"/>
    /// given for a passive verb).
    /// </summary>
    public static ActorSlots FromMatch(SentenceView view, EventPattern pattern, PhraseMatch match, ClauseMentions mentions, IReadOnlySet<string>? agentPrepositions = null)
    {
        var confidence = 0.6;
        if (agentPrepositions is not null && match.TargetMention is { } bound && view.Mentions[bound].StartToken > 0 &&
            agentPrepositions.Contains(view.Tokens[view.Mentions[bound].StartToken - 1].Lower))
        {
            // "Sylvania was warned by Freedonia": after a passive the slot took the agent, which is the source (SourceResolver), not the target.
            match = match with { TargetMention = null };
        }

        var sourceMention = match.SourceMention is { } s ? mentions.SpecificIndex(view, s) : -1;
        var targetMention = match.TargetMention is { } t ? mentions.SpecificIndex(view, t) : -1;
        ActorCode? source = sourceMention >= 0 ? view.Mentions[sourceMention].Mention.Actor : null;
        ActorCode? target = targetMention >= 0 ? view.Mentions[targetMention].Mention.Actor : null;
        int? sourceToken = match.SourceMention is { } s2 ? view.Mentions[s2].StartToken : null;
        int? targetToken = match.TargetMention is { } t2 ? view.Mentions[t2].EndToken : null;
        if (pattern.Symmetric && targetMention >= 0 && mentions.IsPlace(view, targetMention))
        {
            // "met near Fredville": a place the slot took is the other party only when the clause names none (TargetResolver).
            (target, targetMention, targetToken) = (null, -1, null);
        }

        if (source is not null && target is not null)
        {
            confidence += 0.15;
        }

        return new ActorSlots(source, sourceMention, sourceToken, target, targetMention, targetToken, [], [], confidence);
    }
}
