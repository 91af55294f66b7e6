using System.Collections.Frozen;
using System.Globalization;
using NodaTime;
using Strait.Core.Events;
using Strait.Core.Time;
using Strait.Text.Coding;
using Strait.Text.Pipeline;
using Strait.Text.Times;

namespace Strait.Text.Indicators;

/// <summary>
/// Finds measured figures ("63.3 percent in 2025", "$223,000 worth of beer in August, down 97 percent") in sentences
/// that report a poll or rating (a poll word in the sentence or the one before) or official statistics (a statistics
/// word: "customs data"), and records each as an <see cref="Indicator"/>: the value (negative for a fall: "down 97
/// percent", "48 percent fewer"; times a scale word: "1.2 billion") and unit (after the figure, or a currency sign
/// before it; a people counted in a statistics sentence: "308,700 South Koreans"), the
/// measure (the words before the figure), the population (the people a share is of, "40 percent of Japanese"; else
/// the first actor in the sentence, or the sentence before, that is not what the figure is about; else the country a
/// national pollster surveys), when (a date right after the figure, else the nearest in the
/// sentence, else the publication month) and who measured it (a "poll by X", "X's survey" or a known
/// pollster in the paragraph). Needs sentences, actors and times; writes indicators.
/// </summary>
public sealed class IndicatorExtractor(IndicatorKnowledge knowledge, CodingKnowledge coding) : IPipelineComponent
{
    /// <summary>How many tokens after a figure a date may stand and still be the figure's own ("28.9 percent in 2023").</summary>
    private const int OwnDateReach = 3;

    /// <summary>How many tokens after a survey word its date may stand ("a poll for a think-tank last week").</summary>
    private const int SurveyDateReach = 6;

    /// <summary>How many words a fieldwork word may stand before its date ("taken in the last days of August").</summary>
    private const int FieldworkGap = 5;

    /// <summary>How many words before the figure make up its measure.</summary>
    private const int MeasureWords = 8;

    private readonly FrozenDictionary<string, List<Phrase>> _pollWords = CueList.Index(knowledge.PollWords);

    private readonly FrozenDictionary<string, List<Phrase>> _levelVerbs = CueList.Index(knowledge.LevelVerbs);

    private readonly FrozenDictionary<string, List<Phrase>> _surveyWords = CueList.Index(knowledge.SurveyWords);

    private readonly FrozenDictionary<string, List<Phrase>> _statisticWords = CueList.Index(knowledge.StatisticWords);

    private readonly FrozenDictionary<string, List<Phrase>> _decreaseBefore = CueList.Index(knowledge.DecreaseBefore);

    // The first look over a document's tokens (CandidateFigures) reads them as written, without making strings.
    private readonly LowerCaseWords<double> _ratioWords = new(knowledge.RatioWords);

    private readonly LowerCaseWords<double> _scaleWords = new(knowledge.ScaleWords);

    /// <summary>Unit words match in any case, as <see cref="IndicatorKnowledge.Load"/> builds them.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _unitWords =
        new HashSet<string>(knowledge.UnitWords, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public string Name => "indicator-extractor";

    public IReadOnlyList<string> Assigns { get; } = ["indicators"];

    public void Process(TextDocument document)
    {
        var candidates = CandidateFigures(document);
        if (candidates.Count == 0)
        {
            return;
        }

        var views = Views(document, candidates);
        for (var s = 0; s < views.Count; s++)
        {
            var view = views[s];
            var previous = s > 0 && views[s - 1].Paragraph == view.Paragraph ? views[s - 1] : null;
            var hasDigit = view.Tokens.Any(t => char.IsDigit(t.Lower[0]));
            var poll = HasAny(view, _pollWords) || (previous is not null && HasAny(previous, _pollWords));
            var statistics = HasAny(view, _statisticWords) || (previous is not null && HasAny(previous, _statisticWords));
            if (!(poll || statistics) || !hasDigit && !view.Tokens.Any(t => knowledge.RatioWords.ContainsKey(t.Lower)))
            {
                continue;
            }

            Figures(document, views, s, previous, poll, statistics);
            for (var i = 1; poll && i < view.Tokens.Count; i++)
            {
                if (knowledge.RatioWords.TryGetValue(view.Tokens[i].Lower, out var multiple) && PollWordEndsNear(view, i))
                {
                    document.Indicators.Add(Build(document, views, s, previous, i, multiple, (knowledge.RatioUnit, i + 1)));
                }
            }
        }
    }

    /// <summary>
    /// The numbers of sentence <paramref name="s"/> with a unit (after them, past a scale word; a sign before them; a
    /// people counted, in statistics without a poll; the unit of the range's other end), except numbers of dates, sums
    /// of money outside statistics and rates that are set ("25 percent tariffs"); a fall is negative.
    /// </summary>
    private void Figures(TextDocument document, List<SentenceView> views, int s, SentenceView? previous, bool poll, bool statistics)
    {
        var view = views[s];
        for (var i = 0; i < view.Tokens.Count - 1; i++)
        {
            if (!char.IsDigit(view.Tokens[i].Lower[0]) || view.InTime(i) ||
                !double.TryParse(view.Tokens[i].Lower.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            var after = i + 1;
            if (knowledge.ScaleWords.TryGetValue(view.Tokens[after].Lower, out var scale))
            {
                value *= scale;
                after++;
            }

            var unit = UnitAt(view, after) ?? PrefixUnitBefore(view, i, after) ?? (statistics && !poll ? PeopleAt(view, after) : null) ?? RangeUnit(view, after);
            if (unit is null || !statistics && knowledge.StatisticUnits.Contains(unit.Value.Unit) || IsRate(view, i, unit.Value.End))
            {
                continue;
            }

            document.Indicators.Add(Build(document, views, s, previous, i, Decreases(view, i, unit.Value.End) ? -value : value, unit.Value));
        }
    }

    /// <summary>
    /// A cheap first look over the tokens, so that most sentences skip the sentence views: the text offsets of numbers
    /// with a unit word after them (past a scale word: "2 billion dollars") or a unit sign before them ("$2"), of
    /// numbers before an actor mention (a count of a people), and of ratio words. A document not split into tokens is
    /// read in full (one offset, 0).
    /// </summary>
    private List<int> CandidateFigures(TextDocument document)
    {
        var tokens = document.Tokens;
        if (tokens.Count == 0)
        {
            return [0];
        }

        var text = document.Text;
        var mentionStarts = document.Actors.Select(a => a.Span.Start).ToHashSet();
        var found = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = text.AsSpan(tokens[i].Start, tokens[i].Length);
            if (_ratioWords.Contains(token))
            {
                found.Add(tokens[i].Start);
                continue;
            }

            if (token.Length == 0 || !char.IsDigit(token[0]))
            {
                continue;
            }

            var next = i + 1 < tokens.Count && _scaleWords.Contains(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length)) ? i + 2 : i + 1;
            if (next < tokens.Count && (_unitWords.Contains(text.AsSpan(tokens[next].Start, tokens[next].Length)) || mentionStarts.Contains(tokens[next].Start)) ||
                i > 0 && _unitWords.Contains(text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length)))
            {
                found.Add(tokens[i].Start);
            }
        }

        return found;
    }

    /// <summary>
    /// The views of the sentences of the paragraphs that hold a candidate figure: the coder's, when it has run with the
    /// same knowledge (<see cref="TextDocument.SentenceViews"/>), else built for those paragraphs alone.
    /// </summary>
    private List<SentenceView> Views(TextDocument document, List<int> candidates)
    {
        if (document.SentenceViews is not var (built, all) || !ReferenceEquals(built, coding))
        {
            return SentenceViewBuilder.Build(Scope(document, candidates), coding);
        }

        var paragraphs = ParagraphsWithFigures(document, candidates);
        return document.Paragraphs.Count == 0 ? [.. all]
            : [.. all.Where(v => paragraphs.Any(p => v.Span.Start >= p.Start && v.Span.Start < p.End))];
    }

    /// <summary>
    /// The part of a document the figures need: the paragraphs holding a candidate figure, whole (a figure's poll word,
    /// pollster and survey date may stand in an earlier sentence of its paragraph). The whole document when it has no
    /// paragraphs.
    /// </summary>
    private static TextDocument Scope(TextDocument document, List<int> candidates)
    {
        var paragraphs = ParagraphsWithFigures(document, candidates);
        if (document.Paragraphs.Count == 0 || paragraphs.Count == document.Paragraphs.Count)
        {
            return document;
        }

        var scope = new TextDocument(document.Document);
        scope.Paragraphs.AddRange(paragraphs);
        scope.Sentences.AddRange(document.Sentences.Where(s => paragraphs.Any(p => s.Start >= p.Start && s.Start < p.End)));
        scope.Actors.AddRange(document.Actors);
        scope.Times.AddRange(document.Times);
        return scope;
    }

    /// <summary>The paragraphs that hold a candidate figure, in order.</summary>
    private static List<TextSpan> ParagraphsWithFigures(TextDocument document, List<int> candidates) =>
        document.Paragraphs.Where(p => candidates.Any(c => c >= p.Start && c < p.End)).ToList();

    private Indicator Build(TextDocument document, List<SentenceView> views, int sentence, SentenceView? previous, int figure, double value, (string Unit, int End) unit)
    {
        var view = views[sentence];
        var (measureStart, measureEnd) = MeasureSpan(view, figure, unit.End);
        var measure = measureStart < measureEnd ? document.Text[view.Tokens[measureStart].Start..view.Tokens[measureEnd - 1].End] : "";
        var evidenceStart = view.Tokens[Math.Min(measureStart, Math.Max(view.ClauseStart(figure), figure - MeasureWords))].Start;
        var evidenceEnd = view.Tokens[Math.Max(unit.End, measureEnd) - 1].End;
        var evidence = new Evidence(document.Document.Id, evidenceStart, evidenceEnd, document.Text[evidenceStart..evidenceEnd]);
        var by = By(document, views, sentence);
        var population = SharePopulation(view, unit.End) ?? CountedPopulation(view, figure, unit) ?? Population(view, figure) ?? (previous is null ? null : Population(previous, previous.Tokens.Count)) ??
                         (by is not null && knowledge.PollsterPopulations.TryGetValue(by, out var surveyed) ? surveyed : null);
        return new Indicator(measure.Trim().TrimEnd(',', ';', ':', '(', '—').Trim(), population ?? "",
            value, unit.Unit, When(document, views, sentence, figure, unit.End), by ?? "not stated", evidence);
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

        // "45% of Freedonians would ...", "40 percent of Japanese felt ...": the predicate after the population.
        if (unitEnd < sentenceEnd && tokens[unitEnd].Lower == "of")
        {
            var demonym = SharedOut(view, unitEnd);
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

    private static bool HasAny(SentenceView view, FrozenDictionary<string, List<Phrase>> cues)
    {
        for (var i = 0; i < view.Tokens.Count; i++)
        {
            if (cues.TryGetValue(view.Tokens[i].Stem, out var words) && words.Any(word => PhraseMatcher.MatchesAt(word, view, i, view.Tokens.Count)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A unit written before the figure ("$223,000", "US$ 1.2 billion"): the figure's unit, ending where the figure (and its scale word) ends.</summary>
    private (string Unit, int End)? PrefixUnitBefore(SentenceView view, int figure, int end)
    {
        foreach (var (unit, phrase) in knowledge.PrefixUnits)
        {
            for (var start = Math.Max(0, figure - 3); start < figure; start++)
            {
                if (PhraseMatcher.Match(phrase, view, start, figure) is { } match && match.End == figure)
                {
                    return (unit, end);
                }
            }
        }

        return null;
    }

    /// <summary>A poll word ending at most three words before token <paramref name="at"/> ("approval ratings nearly doubled").</summary>
    private bool PollWordEndsNear(SentenceView view, int at)
    {
        for (var start = Math.Max(0, at - 6); start < at; start++)
        {
            if (_pollWords.TryGetValue(view.Tokens[start].Stem, out var words) &&
                words.Any(w => PhraseMatcher.Match(w, view, start, at) is { } match && at - match.End <= 3))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first figure of a range shares the second's unit: "between 12 and 20 percent", "12 to 15 percent".</summary>
    private (string Unit, int End)? RangeUnit(SentenceView view, int position) =>
        position + 2 < view.Tokens.Count && view.Tokens[position].Lower is "and" or "to" or "-" or "–" && char.IsDigit(view.Tokens[position + 1].Lower[0]) &&
        UnitAt(view, position + 2) is { } unit && !knowledge.StatisticUnits.Contains(unit.Unit)
            ? (unit.Unit, position)
            : null;

    /// <summary>
    /// A count of people: a demonym right after the figure ("308,700 South Koreans visited"), or a people noun, after a
    /// country adjective or not ("8.8 million South Korean visitors", "2,500 tourists").
    /// </summary>
    private (string Unit, int End)? PeopleAt(SentenceView view, int position)
    {
        var mention = view.Mentions.FirstOrDefault(m => m.StartToken == position && !m.Mention.Actor.IsInternationalBody);
        if (mention?.Mention.Kind == MentionKind.Demonym)
        {
            return (knowledge.PeopleUnit, mention.EndToken);
        }

        var noun = mention?.Mention.Kind is MentionKind.Country or MentionKind.Group ? mention.EndToken : position;
        return noun < view.Tokens.Count && knowledge.PeopleNouns.Contains(view.Tokens[noun].Lower) ? (knowledge.PeopleUnit, noun + 1) : null;
    }

    /// <summary>
    /// A rate that is set, not measured: "25 percent tariffs", "a 10 percent duty" (a rate word within two words after
    /// the unit), "tariffs of 24 percent" (a rate word and a link word right before the figure).
    /// </summary>
    private bool IsRate(SentenceView view, int figure, int unitEnd) =>
        Enumerable.Range(unitEnd, 2).Any(k => k < view.Tokens.Count && knowledge.RateWords.Contains(view.Tokens[k].Stem)) ||
        figure >= 2 && knowledge.RateLinks.Contains(view.Tokens[figure - 1].Lower) && knowledge.RateWords.Contains(view.Tokens[figure - 2].Stem);

    /// <summary>A fall: a decrease word right before the figure (or its prefix unit: "down 97 percent", "fell $2 billion") or a comparative right after its unit ("48 percent fewer than").</summary>
    private bool Decreases(SentenceView view, int figure, int unitEnd)
    {
        var before = figure;
        while (before > 0 && before > figure - 3 && !char.IsLetterOrDigit(view.Tokens[before - 1].Lower[0]))
        {
            before--;
        }

        for (var start = Math.Max(0, before - 2); start < before; start++)
        {
            if (_decreaseBefore.TryGetValue(view.Tokens[start].Stem, out var words) && words.Any(w => PhraseMatcher.Match(w, view, start, before) is { } m && m.End == before))
            {
                return true;
            }
        }

        return unitEnd < view.Tokens.Count && knowledge.DecreaseAfter.Contains(view.Tokens[unitEnd].Lower);
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
    /// The people a share is taken of: "45% of Freedonians", "40 percent of Japanese", "a third of all Sylvanian
    /// voters": a demonym, a country adjective or a group within three tokens after the "of" that follows the unit.
    /// </summary>
    private static PlacedMention? SharedOut(SentenceView view, int unitEnd) =>
        unitEnd < view.Tokens.Count && view.Tokens[unitEnd].Lower == "of"
            ? view.Mentions.FirstOrDefault(m => m.StartToken > unitEnd && m.StartToken <= unitEnd + 3 && !m.Mention.Actor.IsInternationalBody &&
                                               m.Mention.Kind is MentionKind.Demonym or MentionKind.Country or MentionKind.Group)
            : null;

    private static string? SharePopulation(SentenceView view, int unitEnd) => SharedOut(view, unitEnd)?.Mention.Actor.Country;

    /// <summary>The country of the people counted ("8.8 million South Korean visitors"): a mention between the figure and the end of its unit.</summary>
    private string? CountedPopulation(SentenceView view, int figure, (string Unit, int End) unit) =>
        unit.Unit == knowledge.PeopleUnit
            ? view.Mentions.FirstOrDefault(m => m.StartToken > figure && m.EndToken <= unit.End && !m.Mention.Actor.IsInternationalBody)?.Mention.Actor.Country
            : null;

    /// <summary>
    /// The country of the sentence's first demonym ("South Koreans"), else of the first mention before the
    /// figure that is not introduced by an object word ("views of Japan" is about Japan, not by it).
    /// </summary>
    private string? Population(SentenceView view, int before)
    {
        // "; in Freedonia 47 percent felt close to Sylvania": a country named after "in" right before the figure is where it was measured.
        var place = view.Mentions.LastOrDefault(m => (m.EndToken == before || m.EndToken == before - 1 && view.Tokens[before - 1].Lower == ",") &&
                                                     m.StartToken > 0 && view.Tokens[m.StartToken - 1].Lower == "in" && !m.Mention.Actor.IsInternationalBody);
        if (place is not null)
        {
            return place.Mention.Actor.Country;
        }

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
    /// The figure's date: its own date right after it ("28.9 percent in 2029"; one further on than
    /// <see cref="OwnDateReach"/> gives way to a survey date before the figure); else its sentence's fieldwork date
    /// ("conducted in October"); else the nearest date before it in its sentence that is neither another figure's own
    /// date nor introduced by a comparison word ("a reversal from 2021"); else the date of the survey that reports it
    /// ("the June 2030 survey", "a poll last week"), in this sentence or an earlier one of the paragraph; else the
    /// publication month. A date keeps its precision ("conducted on May 17-18"); when the publication day is not known,
    /// a relative month or year ("last month", "in June") and a named day without a year still count, a relative day or
    /// week ("last week") as the publication month.
    /// </summary>
    private PartialDate? When(TextDocument document, List<SentenceView> views, int sentence, int figure, int unitEnd)
    {
        var view = views[sentence];
        var own = OwnDate(view, unitEnd);
        if (own is not null && own.StartToken > unitEnd + OwnDateReach && SurveyDate(view) is { } survey && survey.EndToken <= figure)
        {
            // "a poll conducted on May 17-18, 55 percent opposed holding the games this summer": the poll's date, not
            // a date further on in the words that say what was measured.
            own = survey;
        }

        var chosen = own
                     ?? view.Times.LastOrDefault(t => t.EndToken <= figure && IsFieldwork(view, t))
                     ?? view.Times.Where(t => t.EndToken <= figure && !IsOwnDateOfFigure(view, t) && !IsComparison(view, t) && !IsPeriodStart(view, t))
                         .OrderByDescending(t => t.EndToken).FirstOrDefault()
                     ?? LaterInClause(view, figure, unitEnd);
        for (var s = sentence; chosen is null && s >= 0 && views[s].Paragraph == view.Paragraph; s--)
        {
            chosen = SurveyDate(views[s]);
        }

        // "down from 35 percent a year earlier" with no date before it to count from: a year before the publication month.
        if (own is null && UnanchoredAfter(document, view, unitEnd) is { } back && document.Published is { } now)
        {
            return PartialDate.Month(new YearMonth(now.Start.Year, now.Start.Month).PlusMonths(back.Unit == TimeUnit.Year ? 12 * back.Offset : back.Offset));
        }

        if (chosen?.Time.When is { } when)
        {
            // "last month", "in June", "last year" name whole months or years and resolve exactly against a month, and so
            // does a named day without a year ("on March 7-9"); "last week" or "on Tuesday" against a publication month
            // resolve to a span that may cross months.
            var wholeMonthOrYear = when.Precision is DatePrecision.Month or DatePrecision.Year || chosen.Time.Reference is DayOfYear;
            if (chosen.Time.IsRelative && !wholeMonthOrYear && document.Published is { } basis && basis.Precision != DatePrecision.Day)
            {
                return basis.Precision == DatePrecision.Month ? basis : PartialDate.Month(new YearMonth(when.Start.Year, when.Start.Month));
            }

            return when;
        }

        return document.Published is { } published ? PartialDate.Month(new YearMonth(published.Start.Year, published.Start.Month)) : null;
    }

    /// <summary>
    /// A figure's own date: the first date after its unit, within <see cref="OwnDateReach"/> tokens or further in the
    /// same stretch of words (no pause or other figure between: "$223,000 worth of beer in August"), unless a
    /// comparison introduces it ("down 97 percent from a year earlier").
    /// </summary>
    private PlacedTime? OwnDate(SentenceView view, int unitEnd)
    {
        foreach (var time in view.Times.Where(t => t.StartToken >= unitEnd).OrderBy(t => t.StartToken))
        {
            var gap = view.Tokens.Skip(unitEnd).Take(time.StartToken - unitEnd);
            var sameStretch = time.StartToken <= unitEnd + OwnDateReach ||
                              time.StartToken <= unitEnd + MeasureWords && !gap.Any(t => IsPause(t.Lower) || char.IsDigit(t.Lower[0]));
            return sameStretch && !IsComparison(view, time) ? time : null;
        }

        return null;
    }

    /// <summary>
    /// An "a year earlier" or "a month before" right after the unit that the text gave no date to count from (the time
    /// tagger leaves it unresolved). A comparison word before it ("down 97 percent from a year earlier") makes it the
    /// other term of a change, not the figure's date.
    /// </summary>
    private AnaphoricTime? UnanchoredAfter(TextDocument document, SentenceView view, int unitEnd)
    {
        for (var k = unitEnd; k < view.Tokens.Count && k <= unitEnd + OwnDateReach; k++)
        {
            var time = document.Times.FirstOrDefault(t => t.When is null && t.Span.Start == view.Tokens[k].Start);
            if (time?.Reference is AnaphoricTime { Unit: TimeUnit.Year or TimeUnit.Month } back)
            {
                return Enumerable.Range(Math.Max(unitEnd, k - 2), k - Math.Max(unitEnd, k - 2)).Any(j => knowledge.ComparisonWords.Contains(view.Tokens[j].Lower)) ? null : back;
            }
        }

        return null;
    }

    /// <summary>
    /// A date later in the figure's clause, past another figure ("exports fell 12 percent to $2.3 billion in May"),
    /// unless a comparison introduces it: used when the figure has neither its own date nor an earlier one.
    /// </summary>
    private PlacedTime? LaterInClause(SentenceView view, int figure, int unitEnd) =>
        view.Times.Where(t => t.StartToken >= unitEnd && t.StartToken <= unitEnd + MeasureWords + 4 && view.ClauseStart(t.StartToken) == view.ClauseStart(figure) &&
                              !IsComparison(view, t) && !view.Tokens.Skip(unitEnd).Take(t.StartToken - unitEnd).Any(w => IsPause(w.Lower)))
            .OrderBy(t => t.StartToken).FirstOrDefault();

    /// <summary>"from 28.9 percent in 2029": a date right after another figure and its unit is that figure's.</summary>
    private bool IsOwnDateOfFigure(SentenceView view, PlacedTime time)
    {
        for (var k = time.StartToken - 1; k >= Math.Max(0, time.StartToken - MeasureWords - 2); k--)
        {
            if (char.IsDigit(view.Tokens[k].Lower[0]) && UnitAt(view, k + 1) is { } unit && unit.End <= time.StartToken &&
                (k >= time.StartToken - OwnDateReach - 2 || ReferenceEquals(OwnDate(view, unit.End), time)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A date of a survey's fieldwork: a fieldwork word right before it or one word before it ("conducted in October"),
    /// or at most <see cref="FieldworkGap"/> words before it that a preposition opens ("taken in the last days of August").
    /// </summary>
    private bool IsFieldwork(SentenceView view, PlacedTime time)
    {
        for (var k = Math.Max(0, time.StartToken - FieldworkGap - 3); k < time.StartToken; k++)
        {
            foreach (var phrase in knowledge.FieldworkWords)
            {
                if (PhraseMatcher.Match(phrase, view, k, time.StartToken) is { } match &&
                    (time.StartToken - match.End <= 1 || time.StartToken - match.End <= FieldworkGap && IsPhraseBetween(view, match.End, time.StartToken)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"in the last days of": a preposition opens the words from <paramref name="from"/> to <paramref name="to"/>, with no pause or other date among them.</summary>
    private bool IsPhraseBetween(SentenceView view, int from, int to) =>
        knowledge.FieldworkOpeners.Contains(view.Tokens[from].Lower) &&
        !view.Tokens.Skip(from).Take(to - from).Any(t => IsPause(t.Lower)) &&
        !view.Times.Any(t => t.StartToken >= from && t.StartToken < to);

    /// <summary>"since 2019", "since the poll began in 1995": a date after a period word (<c>period_words</c>, no pause between) starts a period; it dates no figure.</summary>
    private bool IsPeriodStart(SentenceView view, PlacedTime time)
    {
        for (var k = time.StartToken - 1; k >= Math.Max(0, time.StartToken - FieldworkGap - 1); k--)
        {
            if (IsPause(view.Tokens[k].Lower))
            {
                return false;
            }

            if (knowledge.PeriodWords.Contains(view.Tokens[k].Lower))
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

    /// <summary>
    /// The date of the survey a sentence reports: its fieldwork date ("conducted from June 13 to 15"), else a date within
    /// three tokens of a survey word ("the June 2030 survey", "a poll conducted last week") that starts no period ("since
    /// the poll began in 1995").
    /// </summary>
    private PlacedTime? SurveyDate(SentenceView view)
    {
        if (view.Times.FirstOrDefault(t => IsFieldwork(view, t)) is { } fieldwork)
        {
            return fieldwork;
        }

        for (var i = 0; i < view.Tokens.Count; i++)
        {
            if (_surveyWords.TryGetValue(view.Tokens[i].Stem, out var words) && words.Any(w => PhraseMatcher.MatchesAt(w, view, i, view.Tokens.Count)))
            {
                var near = view.Times.FirstOrDefault(t => (t.EndToken <= i && i - t.EndToken <= 1 || t.StartToken > i && t.StartToken - i <= SurveyDateReach) && !IsPeriodStart(view, t));
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
