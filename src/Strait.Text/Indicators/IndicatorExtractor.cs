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

    /// <summary>How many tokens after a survey word its date may stand ("a poll for a think-tank last week").</summary>
    private const int SurveyDateReach = 6;

    /// <summary>How many words before the figure make up its measure.</summary>
    private const int MeasureWords = 8;

    private readonly Dictionary<string, List<Phrase>> _pollWords = CueList.Index(knowledge.PollWords);

    private readonly Dictionary<string, List<Phrase>> _levelVerbs = CueList.Index(knowledge.LevelVerbs);

    private readonly Dictionary<string, List<Phrase>> _surveyWords = CueList.Index(knowledge.SurveyWords);

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
        var (measureStart, measureEnd) = MeasureSpan(view, figure, unit.End);
        var measure = measureStart < measureEnd ? document.Text[view.Tokens[measureStart].Start..view.Tokens[measureEnd - 1].End] : "";
        var evidenceStart = view.Tokens[Math.Min(measureStart, Math.Max(view.ClauseStart(figure), figure - MeasureWords))].Start;
        var evidenceEnd = view.Tokens[Math.Max(unit.End, measureEnd) - 1].End;
        var evidence = new Evidence(document.Document.Id, evidenceStart, evidenceEnd, document.Text[evidenceStart..evidenceEnd]);
        return new Indicator(measure.Trim().TrimEnd(',', ';', ':', '(', '—').Trim(),
            Population(view, figure) ?? (previous is null ? null : Population(previous, previous.Tokens.Count)) ?? "",
            value, unit.Unit, When(document, views, sentence, figure, unit.End), By(document, views, sentence) ?? "not stated", evidence);
    }

    /// <summary>
    /// The tokens naming what a figure measures (end exclusive): the words after "N% of South Koreans" ("would help
    /// Sylvania"); for a figure in parentheses, the words before the parenthesis back to a comparison word or a
    /// demonym ("resolving old disputes (31.5 percent)"); the subject before a level verb ("approval of the cabinet
    /// stood at 44 percent", "favorable views of Sylvania rose from 20 percent"); the noun phrase right after the
    /// unit ("25 percent support for the opposition"); else the words before the figure.
    /// </summary>
    private (int Start, int End) MeasureSpan(SentenceView view, int figure, int unitEnd)
    {
        var tokens = view.Tokens;
        var sentenceEnd = tokens.Count;
        int UntilPause(int from, int max)
        {
            var end = from;
            while (end < sentenceEnd && end - from < max && !IsPause(tokens[end].Lower) && !char.IsDigit(tokens[end].Lower[0]) &&
                   tokens[end].Lower is not ("and" or "but" or "while" or "against" or "compared" or "versus"))
            {
                end++;
            }

            return end;
        }

        // "45% of Freedonians would ...": the predicate after the population.
        if (unitEnd < sentenceEnd && tokens[unitEnd].Lower == "of")
        {
            var demonym = view.Mentions.FirstOrDefault(m => m.StartToken > unitEnd && m.StartToken <= unitEnd + 3 && m.Mention.Kind == MentionKind.Demonym);
            if (demonym is not null)
            {
                var end = UntilPause(demonym.EndToken, MeasureWords + 4);
                if (end > demonym.EndToken)
                {
                    return (demonym.EndToken, end);
                }
            }
        }

        // "... and environment (49.6 percent)": the words before the parenthesis.
        if (figure > 0 && tokens[figure - 1].Lower == "(")
        {
            var end = figure - 1;
            var start = end;
            while (start > 0 && end - start < MeasureWords + 8 && (tokens[start - 1].Lower == "," || !IsPause(tokens[start - 1].Lower)) &&
                   !knowledge.ComparisonWords.Contains(tokens[start - 1].Lower) && !IsDemonymEnd(view, start))
            {
                start--;
            }

            while (start < end && tokens[start].Lower is "now" or "still" or "also")
            {
                start++;
            }

            if (start < end)
            {
                return (start, end);
            }
        }

        // "25 percent support for the opposition": the words after the unit.
        if (unitEnd < sentenceEnd && char.IsLetter(tokens[unitEnd].Lower[0]) && !knowledge.ObjectWords.Contains(tokens[unitEnd].Lower) &&
            tokens[unitEnd].Lower is not ("in" or "and" or "to" or "from" or "by" or "last" or "this"))
        {
            var end = UntilPause(unitEnd, MeasureWords);
            if (end > unitEnd)
            {
                return (unitEnd, end);
            }
        }

        // "approval of the cabinet stood at 44 percent": the subject before a level verb of the figure's clause.
        var clauseStart = view.ClauseStart(figure);
        for (var i = clauseStart + 1; i < figure; i++)
        {
            if (_levelVerbs.TryGetValue(tokens[i].Stem, out var verbs) && verbs.Any(v => PhraseMatcher.MatchesAt(v, view, i, figure)))
            {
                var start = i;
                while (start > clauseStart && !IsPause(tokens[start - 1].Lower) && i - start < MeasureWords + 4)
                {
                    start--;
                }

                var end = i;
                while (end > start && tokens[end - 1].Lower is "have" or "has" or "had" or "now" or "also" or "further")
                {
                    end--;
                }

                if (end > start)
                {
                    return (start, end);
                }
            }
        }

        var fallback = Math.Max(clauseStart, figure - MeasureWords);
        return (fallback, figure);
    }

    private static bool IsPause(string token) => token is "," or ";" or ":" or "(" or ")" or "—" or "–" or "." or "\"" or "“" or "”";

    private static bool IsDemonymEnd(SentenceView view, int token) =>
        view.Mentions.Any(m => m.EndToken == token && m.Mention.Kind == MentionKind.Demonym);

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

    /// <summary>
    /// The figure's date: its own date right after it ("28.9 percent in 2029"); else the nearest date before it in its
    /// sentence that is neither another figure's own date nor introduced by a comparison word ("a reversal from
    /// 2021"); else the date of the survey that reports it ("the June 2030 survey", "a poll last week"), in this
    /// sentence or an earlier one of the paragraph; else the publication month. A relative date ("last week")
    /// counts at month precision, and as the publication month when the publication day is not known.
    /// </summary>
    private PartialDate? When(TextDocument document, List<SentenceView> views, int sentence, int figure, int unitEnd)
    {
        var view = views[sentence];
        var chosen = view.Times.FirstOrDefault(t => t.StartToken >= unitEnd && t.StartToken <= unitEnd + OwnDateReach)
                     ?? view.Times.Where(t => t.EndToken <= figure && !IsOwnDateOfFigure(view, t) && !IsComparison(view, t))
                         .OrderByDescending(t => t.EndToken).FirstOrDefault();
        for (var s = sentence; chosen is null && s >= 0 && views[s].Paragraph == view.Paragraph; s--)
        {
            chosen = SurveyDate(views[s]);
        }

        if (chosen?.Time.When is { } when)
        {
            if (chosen.Time.IsRelative && document.Published is { } basis && basis.Precision != DatePrecision.Day)
            {
                return basis.Precision == DatePrecision.Month ? basis : PartialDate.Month(new YearMonth(when.Start.Year, when.Start.Month));
            }

            return when.Precision == DatePrecision.Interval && when.Length <= 31 || when.Precision == DatePrecision.Day
                ? PartialDate.Month(new YearMonth(when.Start.Year, when.Start.Month))
                : when;
        }

        return document.Published is { } published ? PartialDate.Month(new YearMonth(published.Start.Year, published.Start.Month)) : null;
    }

    /// <summary>"from 28.9 percent in 2029": a date right after another figure and its unit is that figure's.</summary>
    private bool IsOwnDateOfFigure(SentenceView view, PlacedTime time)
    {
        for (var k = time.StartToken - 1; k >= Math.Max(0, time.StartToken - OwnDateReach - 2); k--)
        {
            if (char.IsDigit(view.Tokens[k].Lower[0]) && UnitAt(view, k + 1) is { } unit && unit.End <= time.StartToken)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsComparison(SentenceView view, PlacedTime time)
    {
        for (var k = time.StartToken - 1; k >= Math.Max(0, time.StartToken - 2); k--)
        {
            if (knowledge.ComparisonWords.Contains(view.Tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A date within three tokens of a survey word ("the June 2030 survey", "a poll conducted last week").</summary>
    private PlacedTime? SurveyDate(SentenceView view)
    {
        for (var i = 0; i < view.Tokens.Count; i++)
        {
            if (_surveyWords.TryGetValue(view.Tokens[i].Stem, out var words) && words.Any(w => PhraseMatcher.MatchesAt(w, view, i, view.Tokens.Count)))
            {
                var near = view.Times.FirstOrDefault(t => t.EndToken <= i && i - t.EndToken <= 1 || t.StartToken > i && t.StartToken - i <= SurveyDateReach);
                if (near is not null)
                {
                    return near;
                }
            }
        }

        return null;
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
