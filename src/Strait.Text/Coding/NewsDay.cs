using NodaTime;
using Strait.Core.Time;
using Strait.Text.Dating;
using Strait.Text.Pipeline;

namespace Strait.Text.Coding;

/// <summary>
/// The day an undated event in the past tense falls on in a straight news report dated to the day: the nearest day
/// named earlier in its paragraph (a weekday or a date, not after publication: the paragraph's time anchor, "On
/// Thursday Freedonia recalled its envoy. It also summoned ..."), else, in the report's first
/// <see cref="CodingKnowledge.NewsPegParagraphs"/> body paragraphs (its news peg), the news day: the first day its
/// first body paragraph names within <see cref="LeadDays"/> before publication ("Freedonia recalled its envoy on
/// Thursday", reported on Friday; a dateline's day does not count), else the publication day itself.
/// A sentence with no time of its own that refers to "the summit" (a noun of <see cref="CodingKnowledge.GatheringNouns"/>)
/// takes the day an earlier sentence named for it, before the paragraph's anchor.
/// When the lead names such a day the report is straight news throughout: an undated past event in a later sentence
/// that states no time at all is that day's news too ("Beijing was harsher still. It summoned ...").
/// A body paragraph ends with one of <see cref="CodingKnowledge.ParagraphEnds"/>; a headline or byline does not.
/// Sentences are entered in document order (<see cref="Enter"/>).
/// </summary>
public sealed class NewsDay
{
    /// <summary>How many days before publication the lead's own day may lie and still be the news day.</summary>
    public const int LeadDays = 7;

    /// <summary>How many tokens before a trigger a reporting verb may stand and still report it ("said the ruling was ...").</summary>
    public const int ReportReach = 10;

    private readonly IReadOnlySet<string> _reporting;
    private readonly IReadOnlySet<string> _gatheringNouns;
    private readonly IReadOnlySet<string> _backWords;
    private readonly Dictionary<string, PartialDate> _gatheringDays = new(StringComparer.Ordinal);
    private readonly LocalDate? _published;
    private readonly LocalDate? _latest;
    private readonly LocalDate? _newsDay;
    private readonly LocalDate? _leadDay;
    private readonly HashSet<int> _peg = [];
    private readonly HashSet<int> _currentParagraphs = [];
    private readonly HashSet<int> _datedParagraphs = [];
    private SentenceView? _sentence;
    private PartialDate? _anchor;
    private PartialDate? _referred;

    public NewsDay(TextDocument document, CodingKnowledge knowledge)
    {
        _reporting = knowledge.ReportingVerbs;
        _gatheringNouns = knowledge.GatheringNouns;
        _backWords = knowledge.BackReferenceWords;
        _published = document.Published is { Precision: DatePrecision.Day } published ? published.Start : null;
        _latest = document.Published?.End;
        for (var p = 0; document.Published is { } publication && p < document.Paragraphs.Count; p++)
        {
            var span = document.Paragraphs[p];
            foreach (var time in document.Times)
            {
                if (time.Span.Start >= span.Start && time.Span.End <= span.End && time.When is { } when)
                {
                    _datedParagraphs.Add(p);
                    if (when.Overlaps(publication))
                    {
                        _currentParagraphs.Add(p);
                    }
                }
            }
        }
        for (var p = 0; p < document.Paragraphs.Count && _peg.Count < knowledge.NewsPegParagraphs; p++)
        {
            var span = document.Paragraphs[p];
            if (Headlines.EndsAsBody(document.Text.AsSpan(span.Start, span.End - span.Start).TrimEnd(), knowledge))
            {
                _peg.Add(p);
            }
        }

        _leadDay = _published is { } day && _peg.Count > 0 ? LeadDay(document, document.Paragraphs[_peg.Min()], day) : null;
        _newsDay = _leadDay ?? _published;
    }

    /// <summary>
    /// The first day the lead paragraph names that lies within <see cref="LeadDays"/> before publication, else null. A
    /// dateline's day is passed over: it names the day of the report ("SEOUL, May 4 —"), not of the news.
    /// </summary>
    private static LocalDate? LeadDay(TextDocument document, TextSpan lead, LocalDate published)
    {
        foreach (var time in document.Times)
        {
            if (time.Span.Start >= lead.Start && time.Span.End <= lead.End && time.When is { Precision: DatePrecision.Day } when &&
                when.Start <= published && when.Start >= published.PlusDays(-LeadDays) && !Dateline.IsFollowedByDash(document.Text, time.Span))
            {
                return when.Start;
            }
        }

        return null;
    }

    /// <summary>Whether the report is dated to the day, so that the rule applies at all.</summary>
    public bool Applies => _published is not null;

    /// <summary>
    /// Moves to the next sentence: the days named in the previous one anchor this one if it is in the same paragraph, or
    /// if it opens the next paragraph, which names no time at all, and refers back to the parties or the visit of the one
    /// before (<c>back_reference_words</c>: "the two spoke by phone on Oct. 2. ¶ The leaders agreed ..."): it goes on
    /// with that story.
    /// </summary>
    public void Enter(SentenceView view)
    {
        if (_sentence is not null && (_sentence.Paragraph == view.Paragraph ||
            _sentence.Paragraph == view.Paragraph - 1 && !_datedParagraphs.Contains(view.Paragraph) && RefersBack(view)))
        {
            _anchor = LastDayBefore(_sentence, _sentence.Tokens.Count) ?? _anchor;
        }
        else
        {
            _anchor = null;
        }

        _sentence = view;
        _referred = view.Times.Count == 0 ? ReferredGatheringDay(view) : null;
        NoteGatherings(view);
    }

    /// <summary>How many tokens after "the" such a word may stand ("the one-day visit").</summary>
    private const int ReferenceReach = 3;

    /// <summary>Whether the sentence refers back with "the" and one of <c>back_reference_words</c> within a few tokens.</summary>
    private bool RefersBack(SentenceView view)
    {
        for (var k = 0; k < view.Tokens.Count; k++)
        {
            if (view.Tokens[k].Lower != "the")
            {
                continue;
            }

            for (var j = k + 1; j < Math.Min(view.Tokens.Count, k + 1 + ReferenceReach); j++)
            {
                var lower = view.Tokens[j].Lower;
                if (_backWords.Contains(lower))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The day of the gathering a sentence with no time of its own refers to with "the" ("At the summit, ...", "on the day
    /// of the talks"): the day an earlier sentence named with that noun (<c>gathering_nouns</c> of cues.yaml); else null.
    /// </summary>
    private PartialDate? ReferredGatheringDay(SentenceView view)
    {
        for (var k = 1; k < view.Tokens.Count; k++)
        {
            if (view.Tokens[k - 1].Lower == "the" && _gatheringNouns.Contains(view.Tokens[k].Lower) && _gatheringDays.TryGetValue(view.Tokens[k].Lower, out var day))
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>
    /// Notes each gathering noun of the sentence with the day it names nearest to it, not after publication, else with
    /// the paragraph's day ("Last Thursday Rufus flew to Sylvaton. It was his first summit there in years.").
    /// </summary>
    private void NoteGatherings(SentenceView view)
    {
        for (var k = 0; k < view.Tokens.Count; k++)
        {
            if (!_gatheringNouns.Contains(view.Tokens[k].Lower))
            {
                continue;
            }

            PartialDate? nearest = null;
            var distance = int.MaxValue;
            foreach (var time in view.Times)
            {
                var gap = time.StartToken > k ? time.StartToken - k : k - time.EndToken;
                if (time.Time.When is { Precision: DatePrecision.Day } when && _latest is { } latest && when.Start <= latest && gap < distance)
                {
                    (nearest, distance) = (when, gap);
                }
            }

            if ((nearest ?? _anchor) is { } day)
            {
                _gatheringDays[view.Tokens[k].Lower] = day;
            }
        }
    }

    /// <summary>Whether the sentence is in the report's news peg (its first body paragraphs of a report dated to the day).</summary>
    public bool IsPeg(SentenceView view) => _published is not null && _peg.Contains(view.Paragraph);

    /// <summary>
    /// The day of an undated past event whose trigger starts at <paramref name="trigger"/> in the current sentence:
    /// the paragraph's time anchor, else the news day in the news peg, or in a later sentence with no time expression of
    /// its own when the lead names the day of the news, else null (the caller keeps its month).
    /// </summary>
    public PartialDate? DayOf(SentenceView view, int trigger)
    {
        if (_newsDay is not { } newsDay)
        {
            return null;
        }

        return LastDayBefore(view, trigger) ?? _referred ?? _anchor ?? (IsPeg(view) || (_leadDay is not null && view.Times.Count == 0) ? PartialDate.Day(newsDay) : null);
    }

    /// <summary>
    /// The day of an undated past event in a report not dated to the day (its date inferred to the month or year, an
    /// analysis): the paragraph's time anchor, the last day named before the trigger in its sentence or, in its
    /// paragraph, before its sentence ("Instead Rufus hosted the ministers on Dec. 6. They also agreed ..."); null when
    /// none is named (the caller keeps its date).
    /// </summary>
    public PartialDate? ParagraphDayOf(SentenceView view, int trigger) => LastDayBefore(view, trigger) ?? _referred ?? _anchor;

    /// <summary>
    /// The day the text itself names for the event (as <see cref="DayOf"/>, without falling back on the publication
    /// day): the sentence's or paragraph's day, or the lead's own day; null when the text names none.
    /// </summary>
    public PartialDate? NamedDayOf(SentenceView view, int trigger) =>
        _published is null ? null : LastDayBefore(view, trigger) ?? _referred ?? _anchor ?? (_leadDay is { } lead && (IsPeg(view) || view.Times.Count == 0) ? PartialDate.Day(lead) : null);

    /// <summary>
    /// Whether the trigger is what a statement reported: a reporting verb (<c>reporting_verbs</c> of cues.yaml) in a past
    /// form ("said", "told", "warned") stands at most <see cref="ReportReach"/> tokens before it in its sentence ("Sylvania
    /// said the ruling was regrettable", "Freedonia said it would withdraw ..."). The event is the statement, so an
    /// undated one is dated like an undated past event, though its own word is an adjective, a noun or an infinitive.
    /// </summary>
    public bool IsReported(SentenceView view, int trigger)
    {
        for (var k = trigger - 1; k >= Math.Max(0, trigger - ReportReach); k--)
        {
            var word = view.Tokens[k];
            if (_reporting.Contains(word.Stem) && word.Lower != word.Stem &&
                (word.Lower.EndsWith("ed", StringComparison.Ordinal) || !word.Lower.EndsWith('s') && !word.Lower.EndsWith("ing", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an undated past event in an analysis (a report not dated to the day) is the news of its time: its paragraph
    /// names a time within the publication period ("Japan extended its measures to the end of April, and Seoul said it
    /// regretted the step", published in April). Elsewhere such an event is background the text does not date ("Citizens
    /// reacted with consumer boycotts"), and the publication month would be wrong.
    /// </summary>
    public bool IsCurrent(SentenceView view) => _currentParagraphs.Contains(view.Paragraph);

    /// <summary>
    /// Whether the sentence's paragraph names times, none of them within the publication period ("In 2015 the two
    /// agreed ... the U.S. withdrawal from the pact"): an undated event noun there belongs to that past, not to the news.
    /// </summary>
    public bool NamesOnlyEarlierTimes(SentenceView view) => _datedParagraphs.Contains(view.Paragraph) && !_currentParagraphs.Contains(view.Paragraph);

    private PartialDate? LastDayBefore(SentenceView view, int token)
    {
        PartialDate? last = null;
        foreach (var time in view.Times)
        {
            if (time.EndToken <= token && time.Time.When is { Precision: DatePrecision.Day } when && _latest is { } latest && when.Start <= latest)
            {
                last = when;
            }
        }

        return last;
    }
}
