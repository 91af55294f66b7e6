using Strait.Core.Actors;
using Strait.Core.Time;
using Strait.Text.Pipeline;
using Strait.Text.Segmentation;
using Strait.Text.Times;

namespace Strait.Text.Dating;

/// <summary>
/// Reads the start of a known person's term named relative to now as evidence of when a text was written:
/// "Zeppo, who became defense secretary last month", "since taking office in June" (the person named last),
/// "Trentino, elected prime minister on June 1". A term-start word (<see cref="DatingCues.TermStartWords"/>) after
/// the name, and a time expression relative to now close to that word, run the time expression backwards from
/// the first day of each of the person's terms (<see cref="DatingClue.Range"/>).
/// </summary>
public sealed class TermStartFinder
{
    /// <summary>How many tokens after the term-start word the time expression may start.</summary>
    public const int ReachAfter = 10;

    /// <summary>How many tokens before the term-start word the time expression may end ("Last month Zeppo became ...").</summary>
    public const int ReachBefore = 6;

    private readonly PhraseMatcher<Person> _names = new(StringComparer.Ordinal);
    private readonly PhraseMatcher<bool> _starts = new(StringComparer.OrdinalIgnoreCase);

    public TermStartFinder(ActorRegistry registry, DatingCues cues, Tokenizer tokenizer)
    {
        foreach (var person in registry.People)
        {
            foreach (var name in person.AllNames)
            {
                _names.Add(tokenizer.Words(name), person);
            }
        }

        foreach (var words in cues.TermStartWords)
        {
            _starts.Add(tokenizer.Words(words), true);
        }
    }

    /// <summary>
    /// Adds the term-start clues of one sentence (tokens <paramref name="first"/> to <paramref name="limit"/>, with
    /// its time expressions) to <paramref name="clues"/>. <paramref name="lastNamed"/> carries the person named
    /// last, across sentences, for a term-start word with no name before it.
    /// </summary>
    public void Find(string text, IReadOnlyList<TextSpan> tokens, int first, int limit, IReadOnlyList<FoundTime> times, ref IReadOnlyList<Person>? lastNamed, List<WindowClue> clues)
    {
        for (var i = first; i < limit; i++)
        {
            if (_names.Longest(text, tokens, i, limit) is { } name && char.IsUpper(text[tokens[i].Start]))
            {
                lastNamed = name.Values;
                i += name.Length - 1;
                continue;
            }

            if (lastNamed is null || _starts.Longest(text, tokens, i, limit) is not { } start)
            {
                continue;
            }

            var cueStart = tokens[i].Start;
            var cueEnd = tokens[i + start.Length - 1].End;
            var after = Math.Min(limit, i + start.Length + ReachAfter) - 1;
            var before = Math.Max(first, i - ReachBefore);
            FoundTime? time = times
                .Where(t => t.Reference.IsRelative && ((t.Span.Start >= cueEnd && t.Span.Start <= tokens[after].End) ||
                                                        (t.Span.End <= cueStart && t.Span.End >= tokens[before].Start)))
                .OrderBy(t => t.Span.Start >= cueEnd ? t.Span.Start - cueEnd : cueStart - t.Span.End)
                .Select(t => (FoundTime?)t)
                .FirstOrDefault();
            if (time is not { } found)
            {
                continue;
            }

            var ranges = DaySet.Normalize(lastNamed.SelectMany(p => p.Roles)
                .Select(term => DatingClue.Range(PartialDate.Day(term.From), found.Reference, done: true))
                .OfType<NodaTime.DateInterval>());
            if (ranges.Count > 0)
            {
                var span = new TextSpan(Math.Min(cueStart, found.Span.Start), Math.Max(cueEnd, found.Span.End), "dating-term-start");
                clues.Add(new WindowClue(span, "term start", ranges));
            }

            i += start.Length - 1;
        }
    }
}
