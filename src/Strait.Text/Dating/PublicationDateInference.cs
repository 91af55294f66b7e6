using NodaTime;
using Strait.Core.Documents;
using Strait.Core.Knowledge;
using Strait.Core.Time;
using Strait.Text.Pipeline;
using Strait.Text.Segmentation;
using Strait.Text.Times;

namespace Strait.Text.Dating;

/// <summary>
/// Dates a document that has no publication date from the dated events it refers to relative to now, using the
/// almanac: an event named by one of its aliases with a relative time expression nearby in the same sentence
/// ("last month's Freedonia summit", "the Sylvania accord signed two years ago") is a <see cref="DatingClue"/>.
/// The clues' ranges are intersected; the result is the publication date at the finest precision the
/// intersection fits in (a day, a month or a year) with basis <see cref="PublishedBasis.Inferred"/>. With no
/// clue, disagreeing clues, or a range wider than a year, the date stays unknown and a note says why: never a
/// guess. Run it after the sentence splitter and before the time tagger, which then resolves against the
/// inferred date.
/// </summary>
public sealed class PublicationDateInference : IPipelineComponent
{
    /// <summary>How many tokens may separate an event's alias from its time expression.</summary>
    public const int MaxGap = 8;

    private readonly PhraseMatcher<AlmanacEntry> _aliases = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeExpressionFinder _finder;

    public PublicationDateInference(IReadOnlyList<AlmanacEntry> almanac, TextResources resources, TimeExpressionFinder finder)
    {
        _finder = finder;
        var tokenizer = new Tokenizer(resources.Abbreviations);
        foreach (var entry in almanac.Where(e => e.Event.When is not null))
        {
            foreach (var alias in entry.Aliases.SelectMany(resources.VariantsOf))
            {
                _aliases.Add(tokenizer.Words(alias.Replace('’', '\'')), entry);
                if (alias.Contains('\'') || alias.Contains('’'))
                {
                    _aliases.Add(tokenizer.Words(alias.Replace('\'', '’')), entry);
                }
            }
        }
    }

    public string Name => "publication-date";

    public IReadOnlyList<string> Assigns { get; } = ["published", "published_basis", "notes"];

    public void Process(TextDocument document)
    {
        if (document.Published is not null)
        {
            return;
        }

        var clues = Clues(document);
        var (date, reason) = Combine(clues);
        if (date is null)
        {
            document.PublishedBasis = PublishedBasis.Unknown;
            document.Notes.Add($"No publication date: {reason}; relative dates stay unresolved.");
            return;
        }

        document.Published = date;
        document.PublishedBasis = PublishedBasis.Inferred;
        var evidence = string.Join("; ", clues.Select(c => $"“{c.Span.Of(document.Text)}”"));
        document.Notes.Add($"Publication date inferred as {date} from {evidence}.");
    }

    /// <summary>The clues of a document: each almanac alias with the nearest relative time expression in its sentence.</summary>
    public IReadOnlyList<DatingClue> Clues(TextDocument document)
    {
        var clues = new List<DatingClue>();
        var text = document.Text;
        var tokens = document.Tokens;
        var times = new List<FoundTime>();
        foreach (var sentence in document.Sentences)
        {
            var (first, limit) = TokenSpans.Range(tokens, sentence);
            var searched = false;
            for (var i = first; i < limit; i++)
            {
                if (_aliases.Longest(text, tokens, i, limit) is not { } alias)
                {
                    continue;
                }

                if (!searched)
                {
                    times.Clear();
                    _finder.Find(text, tokens, first, limit, times);
                    searched = true;
                }

                var aliasSpan = new TextSpan(tokens[i].Start, tokens[i + alias.Length - 1].End);
                var clue = Nearest(document, aliasSpan, alias.Values, times);
                if (clue is not null)
                {
                    clues.Add(clue);
                }

                i += alias.Length - 1;
            }
        }

        return clues;
    }

    private static DatingClue? Nearest(TextDocument document, TextSpan alias, IReadOnlyList<AlmanacEntry> events, List<FoundTime> times)
    {
        FoundTime? best = null;
        var bestGap = int.MaxValue;
        foreach (var time in times)
        {
            if (!time.Reference.IsRelative || time.Span.Overlaps(alias))
            {
                continue;
            }

            var gap = time.Span.End <= alias.Start
                ? TokenSpans.FirstStartingAtOrAfter(document.Tokens, alias.Start) - TokenSpans.FirstStartingAtOrAfter(document.Tokens, time.Span.End)
                : TokenSpans.FirstStartingAtOrAfter(document.Tokens, time.Span.Start) - TokenSpans.FirstStartingAtOrAfter(document.Tokens, alias.End);
            if (gap <= MaxGap && gap < bestGap)
            {
                best = time;
                bestGap = gap;
            }
        }

        if (best is not { } found)
        {
            return null;
        }

        var ranges = events
            .Select(e => DatingClue.Range(e.Event.When!, found.Reference))
            .OfType<DateInterval>()
            .Distinct()
            .ToList();
        if (ranges.Count == 0)
        {
            return null;
        }

        var span = new TextSpan(Math.Min(alias.Start, found.Span.Start), Math.Max(alias.End, found.Span.End), "dating-clue");
        return new DatingClue(span, events, found.Reference, ranges);
    }

    /// <summary>The publication date the clues allow together, or null with the reason.</summary>
    public static (PartialDate? Date, string Reason) Combine(IReadOnlyList<DatingClue> clues)
    {
        if (clues.Count == 0)
        {
            return (null, "the text names no almanac event relative to now");
        }

        IReadOnlyList<DateInterval> allowed = clues[0].Ranges;
        foreach (var clue in clues.Skip(1))
        {
            allowed = Intersect(allowed, clue.Ranges);
            if (allowed.Count == 0)
            {
                return (null, $"the clues disagree ({string.Join(", ", clues.Select(c => Describe(c.Ranges)))})");
            }
        }

        if (allowed.Count > 1)
        {
            return (null, $"the clues allow several dates ({Describe(allowed)})");
        }

        var range = allowed[0];
        if (range.Start == range.End)
        {
            return (PartialDate.Day(range.Start), "");
        }

        if (range.Start.ToYearMonth() == range.End.ToYearMonth())
        {
            return (PartialDate.Month(range.Start.ToYearMonth()), "");
        }

        return range.Start.Year == range.End.Year
            ? (PartialDate.Year(range.Start.Year), "")
            : (null, $"the clues allow anything from {range.Start:uuuu-MM-dd} to {range.End:uuuu-MM-dd}");
    }

    private static List<DateInterval> Intersect(IReadOnlyList<DateInterval> left, IReadOnlyList<DateInterval> right)
    {
        var result = new List<DateInterval>();
        foreach (var a in left)
        {
            foreach (var b in right)
            {
                var start = a.Start > b.Start ? a.Start : b.Start;
                var end = a.End < b.End ? a.End : b.End;
                if (start <= end)
                {
                    result.Add(new DateInterval(start, end));
                }
            }
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<DateInterval>();
        foreach (var interval in result)
        {
            if (merged.Count > 0 && interval.Start <= merged[^1].End.PlusDays(1))
            {
                var last = merged[^1];
                merged[^1] = new DateInterval(last.Start, interval.End > last.End ? interval.End : last.End);
            }
            else
            {
                merged.Add(interval);
            }
        }

        return merged;
    }

    private static string Describe(IEnumerable<DateInterval> ranges) =>
        string.Join(" or ", ranges.Select(r => $"{r.Start:uuuu-MM-dd}..{r.End:uuuu-MM-dd}"));
}
