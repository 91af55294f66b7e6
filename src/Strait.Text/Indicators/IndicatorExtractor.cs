using System.Globalization;
using NodaTime;
using Strait.Core.Events;
using Strait.Core.Time;
using Strait.Text.Coding;
using Strait.Text.Pipeline;

namespace Strait.Text.Indicators;

/// <summary>
/// Finds measured figures ("63.3 percent in 2025") in sentences that report a poll or rating (a poll word in
/// the sentence or the one before), and records each as an <see cref="Indicator"/>: the value and unit, the
/// measure (the words before the figure), the population (the first actor in the sentence, or the sentence
/// before, that is not what the figure is about), when (a date right after the figure, else the nearest in the
/// sentence, else the publication month) and who measured it (a "poll by X", "X's survey" or a known
/// pollster in the paragraph). Needs sentences, actors and times; writes indicators.
/// </summary>
public sealed class IndicatorExtractor(IndicatorKnowledge knowledge, CodingKnowledge coding) : IPipelineComponent
{
    /// <summary>How many tokens after a figure a date may stand and still be the figure's own ("28.9 percent in 2023").</summary>
    private const int OwnDateReach = 3;

    /// <summary>How many words before the figure make up its measure.</summary>
    private const int MeasureWords = 8;

    private readonly Dictionary<string, List<Phrase>> _pollWords = CueList.Index(knowledge.PollWords);

    public string Name => "indicator-extractor";

    public IReadOnlyList<string> Assigns { get; } = ["indicators"];

    public void Process(TextDocument document)
    {
        if (!knowledge.UnitWords.Any(word => document.Text.Contains(word, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var views = SentenceViewBuilder.Build(document, coding);
        for (var s = 0; s < views.Count; s++)
        {
            var view = views[s];
            var previous = s > 0 && views[s - 1].Paragraph == view.Paragraph ? views[s - 1] : null;
            var hasDigit = view.Tokens.Any(t => char.IsDigit(t.Lower[0]));
            var reportsFigure = hasDigit && (HasPollWord(view) || (previous is not null && HasPollWord(previous)));
            if (!reportsFigure)
            {
                continue;
            }

            for (var i = 0; i < view.Tokens.Count - 1; i++)
            {
                if (!char.IsDigit(view.Tokens[i].Lower[0]) ||
                    !double.TryParse(view.Tokens[i].Lower.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    continue;
                }

                var unit = UnitAt(view, i + 1);
                if (unit is null)
                {
                    continue;
                }

                document.Indicators.Add(Build(document, views, s, previous, i, value, unit.Value));
            }
        }
    }

    private Indicator Build(TextDocument document, List<SentenceView> views, int sentence, SentenceView? previous, int figure, double value, (string Unit, int End) unit)
    {
        var view = views[sentence];
        var measureStart = Math.Max(view.ClauseStart(figure), figure - MeasureWords);
        var measure = measureStart < figure
            ? document.Text[view.Tokens[measureStart].Start..view.Tokens[figure - 1].End]
            : "";
        var evidenceStart = view.Tokens[measureStart].Start;
        var evidenceEnd = view.Tokens[unit.End - 1].End;
        var evidence = new Evidence(document.Document.Id, evidenceStart, evidenceEnd, document.Text[evidenceStart..evidenceEnd]);
        return new Indicator(measure.Trim(), Population(view, figure) ?? (previous is null ? null : Population(previous, previous.Tokens.Count)) ?? "",
            value, unit.Unit, When(document, view, figure, unit.End), By(document, views, sentence) ?? "not stated", evidence);
    }

    private bool HasPollWord(SentenceView view)
    {
        for (var i = 0; i < view.Tokens.Count; i++)
        {
            if (!_pollWords.TryGetValue(view.Tokens[i].Stem, out var words))
            {
                continue;
            }

            foreach (var word in words)
            {
                if (PhraseMatcher.MatchesAt(word, view, i, view.Tokens.Count))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private (string Unit, int End)? UnitAt(SentenceView view, int position)
    {
        foreach (var (unit, phrase) in knowledge.Units)
        {
            var match = PhraseMatcher.Match(phrase, view, position, view.Tokens.Count);
            if (match is not null)
            {
                return (unit, match.End);
            }
        }

        return null;
    }

    /// <summary>
    /// The country of the sentence's first demonym ("South Koreans"), else of the first mention before the
    /// figure that is not introduced by an object word ("views of Japan" is about Japan, not by it).
    /// </summary>
    private string? Population(SentenceView view, int before)
    {
        var demonym = view.Mentions.FirstOrDefault(m => m.Mention.Kind == MentionKind.Demonym && !m.Mention.Actor.IsInternationalBody);
        if (demonym is not null)
        {
            return demonym.Mention.Actor.Country;
        }

        foreach (var mention in view.Mentions)
        {
            if (mention.StartToken >= before)
            {
                break;
            }

            var introduced = mention.StartToken > 0 && knowledge.ObjectWords.Contains(view.Tokens[mention.StartToken - 1].Lower);
            if (!introduced && !mention.Mention.Actor.IsInternationalBody)
            {
                return mention.Mention.Actor.Country;
            }
        }

        return null;
    }

    private static PartialDate? When(TextDocument document, SentenceView view, int figure, int unitEnd)
    {
        PlacedTime? own = view.Times.FirstOrDefault(t => t.StartToken >= unitEnd && t.StartToken <= unitEnd + OwnDateReach);
        var chosen = own ?? view.Times.OrderBy(t => Math.Abs(t.StartToken - figure)).FirstOrDefault();
        if (chosen?.Time.When is { } when)
        {
            return when.Precision == DatePrecision.Interval && when.Length <= 31 || when.Precision == DatePrecision.Day
                ? PartialDate.Month(new YearMonth(when.Start.Year, when.Start.Month))
                : when;
        }

        return document.Published is { } published ? PartialDate.Month(new YearMonth(published.Start.Year, published.Start.Month)) : null;
    }

    private string? By(TextDocument document, List<SentenceView> views, int sentence)
    {
        for (var s = sentence; s >= 0 && views[s].Paragraph == views[sentence].Paragraph; s--)
        {
            var view = views[s];
            for (var i = 0; i < view.Tokens.Count; i++)
            {
                foreach (var cue in knowledge.ByCues)
                {
                    var match = PhraseMatcher.Match(cue, view, i, view.Tokens.Count);
                    if (match is not null)
                    {
                        var named = NameAfter(document, view, match.End);
                        if (named is not null)
                        {
                            return named;
                        }
                    }
                }

                foreach (var (name, phrase) in knowledge.Pollsters)
                {
                    if (PhraseMatcher.MatchesAt(phrase, view, i, view.Tokens.Count))
                    {
                        return name;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The name after a "poll by" cue: its capitalised words ("the Civic Polling Bureau" gives "Civic Polling
    /// Bureau"), else up to four plain words before the next punctuation, clause break or time word.
    /// </summary>
    private string? NameAfter(TextDocument document, SentenceView view, int from)
    {
        while (from < view.Tokens.Count && coding.Determiners.Contains(view.Tokens[from].Lower))
        {
            from++;
        }

        var end = from;
        while (end < view.Tokens.Count && (char.IsUpper(document.Text[view.Tokens[end].Start]) ||
               (end > from && view.Tokens[end].Lower is "of" or "for" or "and" or "on" && end + 1 < view.Tokens.Count && char.IsUpper(document.Text[view.Tokens[end + 1].Start]))))
        {
            end++;
        }

        if (end == from)
        {
            while (end < view.Tokens.Count && end - from < 4 && char.IsLetterOrDigit(view.Tokens[end].Lower[0]) &&
                   !coding.ClauseBreaks.Contains(view.Tokens[end].Lower) && view.Tokens[end].Lower is not ("last" or "this" or "in" or "on" or "that" or "found" or "showed"))
            {
                end++;
            }
        }

        return end > from ? document.Text[view.Tokens[from].Start..view.Tokens[end - 1].End] : null;
    }
}
