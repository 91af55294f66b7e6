using Strait.Core.Events;
using Strait.Text.Pipeline;

namespace Strait.Text.Coding;

/// <summary>The evidence of a coded event: the words from the first to the last of its trigger and the mentions that named its actors.</summary>
public static class EvidenceSpan
{
    /// <summary>
    /// The span over the trigger (<paramref name="trigger"/> to <paramref name="triggerEnd"/>) and the mentions that named
    /// its actors, on whichever side they stand (<paramref name="sourceToken"/>, <paramref name="targetToken"/>: their
    /// outer tokens, null when the actor was not named in the sentence).
    /// </summary>
    public static Evidence Of(TextDocument document, SentenceView view, int trigger, int triggerEnd, int? sourceToken, int? targetToken)
    {
        var start = view.Tokens[Math.Min(Math.Min(sourceToken ?? trigger, targetToken ?? trigger), trigger)].Start;
        var endToken = Math.Max(Math.Max(targetToken ?? triggerEnd, sourceToken ?? triggerEnd), triggerEnd);
        var end = view.Tokens[Math.Min(endToken, view.Tokens.Count) - 1].End;
        return new Evidence(document.Document.Id, start, end, document.Text[start..end]);
    }
}
