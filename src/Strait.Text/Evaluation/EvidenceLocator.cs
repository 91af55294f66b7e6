using System.Text.RegularExpressions;

namespace Strait.Text.Evaluation;

/// <summary>
/// Finds an event's evidence in its article's text. An extracted event carries offsets; a gold event only its
/// words, an exact substring of the article (FORMAT.md), looked up exactly and, failing that, with any run of
/// white space standing for any other (a line break in the article, a space in the gold line).
/// </summary>
public static class EvidenceLocator
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(1);

    /// <summary>The offsets of an extracted event when they fit the text (all of them, deduplicated events having several); else where its words occur.</summary>
    public static IReadOnlyList<EvidenceRange> Extracted(AnnotatedEvent e, string text)
    {
        var ranges = new List<EvidenceRange>();
        if (e.Start is { } start && e.End is { } end && 0 <= start && start < end && end <= text.Length)
        {
            ranges.Add(new EvidenceRange(start, end));
        }

        ranges.AddRange((e.OtherSpans ?? []).Where(r => 0 <= r.Start && r.Start < r.End && r.End <= text.Length));
        return ranges.Count > 0 ? ranges : Find(e.Evidence, text);
    }

    /// <summary>Every place the evidence occurs in the text (none when it is empty or absent).</summary>
    public static IReadOnlyList<EvidenceRange> Find(string evidence, string text)
    {
        var ranges = new List<EvidenceRange>();
        if (string.IsNullOrWhiteSpace(evidence))
        {
            return ranges;
        }

        for (var at = text.IndexOf(evidence, StringComparison.Ordinal); at >= 0; at = text.IndexOf(evidence, at + 1, StringComparison.Ordinal))
        {
            ranges.Add(new EvidenceRange(at, at + evidence.Length));
        }

        if (ranges.Count > 0)
        {
            return ranges;
        }

        var words = evidence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
        try
        {
            ranges.AddRange(Regex.Matches(text, string.Join(@"\s+", words), RegexOptions.CultureInvariant, Limit)
                .Select(m => new EvidenceRange(m.Index, m.Index + m.Length)));
        }
        catch (RegexMatchTimeoutException)
        {
            // An evidence string that takes this long to find is treated as not found.
        }

        return ranges;
    }
}
