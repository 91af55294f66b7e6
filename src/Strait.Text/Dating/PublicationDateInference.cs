using NodaTime;
using Strait.Core.Actors;
using Strait.Core.Documents;
using Strait.Core.Events;
using Strait.Core.Knowledge;
using Strait.Core.Time;
using Strait.Text.Pipeline;
using Strait.Text.Segmentation;
using Strait.Text.Times;

namespace Strait.Text.Dating;

/// <summary>
/// Dates a document that has no publication date from what it says about dated things, in three steps.
/// <list type="number">
/// <item>A window of possible days from hard evidence (<see cref="WindowClue"/>): almanac events named relative to
/// now ("last month's Freedonia summit", see <see cref="DatingClue"/>) and people named with a present, former or
/// new title (<see cref="RoleClueFinder"/>). The days most clues allow win, so one stray clue is outvoted; a tie
/// between disjoint answers leaves the date unknown. A title that allows less than a tenth of the days the anchored
/// clues allow (<see cref="SliverShare"/>) names an office held at a reported event, not now, and does not vote.</item>
/// <item>The window narrowed, each step kept only when it leaves some day: a month "this year" fixes the months
/// ("in July this year": July or later of the publication year); an almanac event the text names as done (by an
/// alias, by a description in its own words, or as the only meeting of two named countries in the window) puts
/// publication after it; a scheduled event or a coming day or month without a year ("will expire on November 23",
/// "will take place in February") puts it within <see cref="DatingCues.ScheduledHorizonDays"/> before; a day without
/// a year reported as done ("arrested him on January 15") puts it within half a year after (one named with its weekday,
/// "on Monday, Aug. 3", within <see cref="WeekdayNearDays"/> days after, in a year where it falls on that weekday), unless it follows a past
/// year named relative to now within <see cref="AnaphoricSentences"/> sentences ("in November last year ... on Dec. 9"):
/// then it is that year's and bounds nothing.</item>
/// <item>A point: the day of a wire dateline ("SEOUL, Oct 18 -", <see cref="Dateline"/>) when the window the clues
/// allow holds it once (checked before the narrowing, which it outranks); else a single day or month when the window fits
/// in one; else, for a window shorter than <see cref="ShortWindowDays"/> days across a month's end, the month of its first
/// day when an event reported as done opens it, else the month holding most of it; else the month of the latest event
/// the text names and reports as done inside the window (news follows the events it reports), when the window lies in
/// one year or ends within <see cref="DatingCues.ReportedHorizonDays"/> of it; else, when a scheduled date follows the
/// window within the horizon, the month of the window's last day (news shortly before it); else the month of the latest
/// day without a year reported as done inside the window; else the year when the window fits in one; else unknown.</item>
/// </list>
/// The basis is <see cref="PublishedBasis.Inferred"/> and a note names the evidence; with no clue the date stays
/// unknown, with a note saying why: never a guess. Run after the sentence splitter, before the time tagger.
/// </summary>
public sealed class PublicationDateInference : IPipelineComponent
{
    /// <summary>How many tokens may separate an event's alias from its time expression.</summary>
    public const int MaxGap = 8;

    /// <summary>How many sentences after one naming a past year relative to now a day without its year is read as that year's, not now's.</summary>
    public const int AnaphoricSentences = 3;

    /// <summary>A window shorter than this many days that crosses a month's end is dated to the month holding most of it.</summary>
    public const int ShortWindowDays = 31;

    /// <summary>A title allowing less than one part in this many of the anchored clues' days does not vote among them.</summary>
    public const int SliverShare = 10;

    /// <summary>How many days after a day named with its weekday ("last Tuesday, Aug. 4") publication may fall.</summary>
    public const int WeekdayNearDays = 13;

    /// <summary>How many tokens before a scheduled thing a future marker may stand ("will expire on ...").</summary>
    public const int FutureReach = 8;

    /// <summary>How many tokens on each side of a time expression are read as the description of an event.</summary>
    public const int DescriptionReach = 12;

    /// <summary>Kinds of <see cref="WindowClue"/> that date an event relative to now; office titles alone never outvote them.</summary>
    private static readonly HashSet<string> AnchoredKinds = ["event", DescriptionKind, "term start"];

    /// <summary>The kind of an almanac event matched by a description in the text's own words, the weakest anchored clue.</summary>
    private const string DescriptionKind = "event description";

    private static readonly LocalDate LastDay = new(2100, 12, 31);

    private readonly PhraseMatcher<AlmanacEntry> _aliases = new(StringComparer.OrdinalIgnoreCase);
    private readonly PhraseMatcher<bool> _future = new(StringComparer.OrdinalIgnoreCase);
    private readonly PhraseMatcher<bool> _meeting = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string[]> _clauseBreaks = [];
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _pastForms;
    /// <summary>The days of the almanac's meetings of each pair of countries, distinct, in almanac order.</summary>
    private readonly Dictionary<(string, string), List<DateInterval>> _meetings;
    private readonly TimeExpressionFinder _finder;
    private readonly DatingCues _cues;
    private readonly RoleClueFinder? _roles;
    private readonly TermStartFinder? _terms;
    private readonly EventDescriptionMatcher _descriptions;
    private readonly CountryWords? _countries;

    public PublicationDateInference(IReadOnlyList<AlmanacEntry> almanac, TextResources resources, TimeExpressionFinder finder)
        : this(almanac, resources, finder, null, DatingCues.None)
    {
    }

    public PublicationDateInference(IReadOnlyList<AlmanacEntry> almanac, TextResources resources, TimeExpressionFinder finder, ActorRegistry? actors, DatingCues cues)
    {
        _finder = finder;
        _cues = cues;
        _pastForms = new HashSet<string>(cues.PastForms, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var tokenizer = new Tokenizer(resources.Abbreviations);
        var meetings = new Dictionary<(string, string), List<AlmanacEntry>>();
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

            if (entry.Event.Type == EventType.CONSULT)
            {
                var key = Pair(entry.Event.Source.CountryPart, entry.Event.Target.CountryPart);
                if (!meetings.TryGetValue(key, out var list))
                {
                    meetings[key] = list = [];
                }

                list.Add(entry);
            }
        }

        _meetings = meetings.ToDictionary(p => p.Key, p => p.Value.Select(m => m.Event.When!.Days).Distinct().ToList());

        foreach (var marker in cues.FutureMarkers)
        {
            _future.Add(tokenizer.Words(marker), true);
        }

        _clauseBreaks.AddRange(cues.MatchClauseBreaks.Select(b => tokenizer.Words(b).ToArray()).Where(b => b.Length > 0));
        foreach (var word in cues.MeetingWords)
        {
            _meeting.Add(tokenizer.Words(word), true);
        }

        _descriptions = new EventDescriptionMatcher(almanac, resources, tokenizer, cues, actors);
        if (actors is not null)
        {
            _countries = new CountryWords(actors, tokenizer);
            _roles = new RoleClueFinder(actors, cues, tokenizer, _countries);
            _terms = new TermStartFinder(actors, cues, tokenizer);
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

        var evidence = Evidence(document);
        var (date, reason) = Decide(evidence);
        if (date is null)
        {
            document.PublishedBasis = PublishedBasis.Unknown;
            document.Notes.Add($"No publication date: {reason}; relative dates stay unresolved.");
            return;
        }

        document.Published = date;
        document.PublishedBasis = PublishedBasis.Inferred;
        var quoted = string.Join("; ", evidence.Clues.Select(c => $"“{c.Span.Of(document.Text)}” ({c.Kind})")
            .Concat(evidence.Dateline is { Span: var dateline } ? [$"“{dateline.Of(document.Text)}” (dateline)"] : []));
        document.Notes.Add($"Publication date inferred as {date} ({reason}) from {quoted}.");
    }

    /// <summary>Everything in a document that bears on its date.</summary>
    public DatingEvidence Evidence(TextDocument document)
    {
        var evidence = new DatingEvidence();
        var text = document.Text;
        var tokens = document.Tokens;
        var times = new List<FoundTime>();
        IReadOnlyList<Person>? lastNamed = null;
        var sinceOtherYear = AnaphoricSentences;
        var found = _finder.FindBySentence(document);
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var (first, limit) = TokenSpans.Range(tokens, document.Sentences[s]);
            times.Clear();
            times.AddRange(found[s]);
            var named = evidence.Events.Count;
            Aliases(document, first, limit, times, evidence);
            var claimed = evidence.Events.Count == named ? [] : evidence.Events.Skip(named).Select(e => e.Span).ToList();
            Descriptions(document, first, limit, times, claimed, evidence);
            _terms?.Find(text, tokens, first, limit, times, ref lastNamed, evidence.Clues);
            if (_roles is not null && !times.Any(t => t.Reference is AbsoluteTime))
            {
                _roles.Find(text, tokens, first, limit, evidence.Clues);
            }

            // "In mid-November last year ... The assembly impeached her on Dec. 9": a day without its year soon after a
            // past year named relative to now is that year's, so it says nothing about the publication date.
            var otherYear = times.Any(t => NamesPastYear(t.Reference));
            if (!otherYear && sinceOtherYear >= AnaphoricSentences)
            {
                Yearless(document, first, times, evidence);
            }

            sinceOtherYear = otherYear ? 0 : Math.Min(sinceOtherYear + 1, AnaphoricSentences);
            Meetings(document, first, limit, evidence);
        }

        evidence.Dateline = Dateline.Find(document, found);
        return evidence;
    }

    /// <summary>A past year named relative to now ("last year", "two years ago", "in March last year", "Nov. 23 last year").</summary>
    private static bool NamesPastYear(TimeReference reference) => reference switch
    {
        RelativeTime { Unit: TimeUnit.Year, Offset: < 0 } or AgoTime { Unit: TimeUnit.Year } => true,
        MonthOfYear { Relation: MonthRelation.InYear, YearOffset: < 0 } => true,
        DayOfYear { YearOffset: < 0 } => true,
        _ => false,
    };

    private void Aliases(TextDocument document, int first, int limit, List<FoundTime> times, DatingEvidence evidence)
    {
        var tokens = document.Tokens;
        for (var i = first; i < limit; i++)
        {
            if (_aliases.Longest(document.Text, tokens, i, limit) is not { } alias)
            {
                continue;
            }

            var aliasSpan = new TextSpan(tokens[i].Start, tokens[i + alias.Length - 1].End);
            if (Nearest(document, aliasSpan, alias.Values, times) is { } clue)
            {
                evidence.Events.Add(clue);
                evidence.Clues.Add(new WindowClue(clue.Span, "event", clue.Ranges));
            }
            else if (!times.Any(t => t.Reference.IsRelative && t.Span.Overlaps(aliasSpan)))
            {
                var candidates = alias.Values.Select(e => e.Event.When!.Days).Distinct().ToList();
                evidence.Anchors.Add(new DateAnchor(aliasSpan with { Label = "dating-anchor" }, candidates, FutureBefore(document, first, i)));
            }

            i += alias.Length - 1;
        }
    }

    /// <summary>
    /// Time expressions relative to now that no alias claimed, read with the words around them
    /// (<see cref="DescriptionReach"/> tokens each way, within the clause: up to a <see cref="DatingCues.MatchClauseBreaks"/>) as a description of an almanac event
    /// (<see cref="EventDescriptionMatcher"/>): "last month's ruling by the Fredville court ordering Sylvania to pay".
    /// </summary>
    private void Descriptions(TextDocument document, int first, int limit, List<FoundTime> times, List<TextSpan> claimed, DatingEvidence evidence)
    {
        var tokens = document.Tokens;
        foreach (var time in times)
        {
            if (!time.Reference.IsRelative || time.Reference is RelativeTime { Unit: TimeUnit.Day, Offset: 0 } || claimed.Any(c => c.Overlaps(time.Span)))
            {
                continue;
            }

            var start = TokenSpans.FirstStartingAtOrAfter(tokens, time.Span.Start);
            var end = TokenSpans.FirstStartingAtOrAfter(tokens, time.Span.End);
            var (from, to) = ClauseAround(document, Math.Max(first, start - DescriptionReach), start, end, Math.Min(limit, end + DescriptionReach));
            var description = _descriptions.Describe(document.Text, tokens, from, to, TimePhraseStart(document, from, start), end);
            var events = _descriptions.Match(description, time.Reference).Select(m => m.Entry).ToList();
            if (events.Count == 0)
            {
                continue;
            }

            // An event described in the past ("last month", "on August 22" with no future marker) is done by
            // publication: an anchor like a named alias. "This month" or "later this year" may still be to come.
            var future = FutureBefore(document, first, start);
            var done = future ? false : HasPastForm(document, from, start, end, to) ? true : (bool?)null;
            var past = time.Reference is RelativeTime { Offset: < 0 } or AgoTime or MonthOfYear { Relation: MonthRelation.Last } or WeekdayTime { Direction: WeekdayDirection.Past or WeekdayDirection.Before } ||
                       time.Reference is DayOfYear or MonthOfYear { Relation: MonthRelation.Latest } or WeekdayTime { Direction: not (WeekdayDirection.Future or WeekdayDirection.After) } &&
                       !future;
            var ranges = DaySet.Normalize(events.Select(e => DatingClue.Range(e.Event.When!, time.Reference, done)!));
            var span = new TextSpan(tokens[from].Start, tokens[to - 1].End, "dating-description");
            evidence.Events.Add(new DatingClue(span, events, time.Reference, ranges));
            evidence.Clues.Add(new WindowClue(span, DescriptionKind, ranges));
            if (past)
            {
                evidence.Anchors.Add(new DateAnchor(span, events.Select(e => e.Event.When!.Days).Distinct().ToList(), Scheduled: false));
            }
        }
    }

    /// <summary>
    /// The tokens from <paramref name="from"/> to <paramref name="to"/> around a time expression cut to its clause: a
    /// clause break (<see cref="DatingCues.MatchClauseBreaks"/>) on either side ends the description ("the flag row,
    /// and at a meeting last month ...").
    /// </summary>
    private (int From, int To) ClauseAround(TextDocument document, int from, int start, int end, int to)
    {
        var tokens = document.Tokens;
        for (var k = start; k > from; k--)
        {
            if (TokenPhrases.LongestEndingAt(document.Text, tokens, from, k, _clauseBreaks) > 0)
            {
                from = k;
                break;
            }
        }

        for (var k = end; k < to; k++)
        {
            if (_clauseBreaks.Any(b => k + b.Length <= to && TokenPhrases.EndsAt(document.Text, tokens, k, k + b.Length, b, StringComparison.OrdinalIgnoreCase)))
            {
                return (from, k);
            }
        }

        return (from, to);
    }

    /// <summary>Where the time phrase begins once a position word before it is counted in: "the start of" last year.</summary>
    private int TimePhraseStart(TextDocument document, int first, int start)
    {
        var at = start;
        if (at - 1 >= first && document.Tokens[at - 1].Of(document.Text).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            at--;
        }

        if (at - 2 >= first && document.Tokens[at - 1].Of(document.Text).Equals("of", StringComparison.OrdinalIgnoreCase) &&
            _cues.MatchTimePositionWords.Contains(document.Tokens[at - 2].Of(document.Text), StringComparer.OrdinalIgnoreCase))
        {
            return at - 2;
        }

        return start;
    }

    private void Yearless(TextDocument document, int first, List<FoundTime> times, DatingEvidence evidence)
    {
        for (var t = 0; t < times.Count; t++)
        {
            var time = times[t];
            var at = TokenSpans.FirstStartingAtOrAfter(document.Tokens, time.Span.Start);
            var scheduled = FutureBefore(document, first, at);
            switch (time.Reference)
            {
                case MonthOfYear { Relation: MonthRelation.InYear } month:
                    evidence.Yearless.Add(new YearlessDate(time.Span, month.Month, 1, month.YearOffset, scheduled, WholeMonth: true));
                    break;
                case DayOfYear day:
                    evidence.Yearless.Add(new YearlessDate(time.Span, day.Month, day.Day, 0, scheduled, WholeMonth: false,
                        Weekday: _finder.WeekdayIn(document.Text, time.Span) ?? (t > 0 ? WeekdayBefore(document.Text, times[t - 1], time) : null)));
                    break;
                case MonthOfYear { Relation: not MonthRelation.Last } month when scheduled:
                    evidence.Yearless.Add(new YearlessDate(time.Span, month.Month, 1, 0, scheduled, WholeMonth: false, ThroughMonth: true));
                    break;
            }
        }
    }

    /// <summary>"Last Tuesday, Aug. 4": the weekday found as a time of its own right before a day (only a comma between them).</summary>
    private static IsoDayOfWeek? WeekdayBefore(string text, FoundTime before, FoundTime day) =>
        before.Reference is WeekdayTime weekday && before.Span.End <= day.Span.Start &&
        text.AsSpan(before.Span.End, day.Span.Start - before.Span.End).Trim() is var between && (between.IsEmpty || between is ",")
            ? weekday.Day
            : null;

    /// <summary>
    /// Whether a verb in a past form stands in a description's words outside its time expression (between
    /// <paramref name="from"/> and <paramref name="to"/>, less <paramref name="start"/> to <paramref name="end"/>): a word
    /// in lower case ending in "-ed" (not "-eed": "need"; not a name: "United") or an irregular form of <see cref="DatingCues.PastForms"/> ("met", "sworn").
    /// </summary>
    private bool HasPastForm(TextDocument document, int from, int start, int end, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (k >= start && k < end)
            {
                continue;
            }

            var word = document.Text.AsSpan(document.Tokens[k].Start, document.Tokens[k].Length);
            if (word.Length > 3 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal) ||
                _pastForms.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A sentence with a meeting word and two countries refers to a meeting of theirs (resolved against the window later).</summary>
    private void Meetings(TextDocument document, int first, int limit, DatingEvidence evidence)
    {
        if (_countries is null || _meetings.Count == 0)
        {
            return;
        }

        var tokens = document.Tokens;
        for (var i = first; i < limit; i++)
        {
            if (_meeting.Longest(document.Text, tokens, i, limit) is null)
            {
                continue;
            }

            var countries = _countries.Named(document.Text, tokens, first, limit);
            for (var a = 0; a < countries.Count; a++)
            {
                for (var b = a + 1; b < countries.Count; b++)
                {
                    if (_meetings.TryGetValue(Pair(countries[a], countries[b]), out var days))
                    {
                        var span = new TextSpan(tokens[first].Start, tokens[limit - 1].End, "dating-meeting");
                        evidence.Meetings.Add(new DateAnchor(span, days, FutureBefore(document, first, i)));
                    }
                }
            }

            return;
        }
    }

    private bool FutureBefore(TextDocument document, int first, int at)
    {
        for (var j = Math.Max(first, at - FutureReach); j < at; j++)
        {
            if (_future.Longest(document.Text, document.Tokens, j, at) is not null || IsPresentAfterRelative(document, j, at))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Rufus, who returns to office on January 20": a verb in the present ("-s") right after "who" or "which", before
    /// a day, tells of what is to come (a past act would be "who returned").
    /// </summary>
    private static bool IsPresentAfterRelative(TextDocument document, int j, int at)
    {
        if (j + 1 >= at || document.Tokens[j].Length is not (3 or 5))
        {
            return false;
        }

        var relative = document.Text.AsSpan(document.Tokens[j].Start, document.Tokens[j].Length);
        var verb = document.Text.AsSpan(document.Tokens[j + 1].Start, document.Tokens[j + 1].Length);
        return (relative.Equals("who", StringComparison.OrdinalIgnoreCase) || relative.Equals("which", StringComparison.OrdinalIgnoreCase)) &&
               verb.Length > 3 && char.IsLower(verb[0]) && verb[^1] == 's' && verb[^2] != 's' && !verb.SequenceEqual("does") && !verb.SequenceEqual("says");
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

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

    /// <summary>The publication date the evidence allows, or null, with the reason.</summary>
    public (PartialDate? Date, string Reason) Decide(DatingEvidence evidence)
    {
        if (evidence.Clues.Count == 0)
        {
            return (null, "the text names no almanac event relative to now and no office holder by title");
        }

        var (window, votes, conflict) = Window(evidence.Clues);
        if (window.Count == 0)
        {
            return (null, "the clues allow no day");
        }

        var agreed = votes < evidence.Clues.Count ? $"; {evidence.Clues.Count - votes} of {evidence.Clues.Count} clues outvoted" : "";
        if (evidence.Dateline is { Day: var dateline, Span: var datelineSpan })
        {
            // The dateline names the day the report was filed: of its days in the window, the only one is the date.
            var (first, last) = Hull(window);
            var days = DaysIn(new YearlessDate(datelineSpan, dateline.Month, dateline.Day, 0, false, false), first, last)
                .Where(d => window.Any(w => w.Contains(d))).ToList();
            if (days.Count == 1)
            {
                return (PartialDate.Day(days[0]), "the dateline's day among the days the clues allow" + agreed);
            }
        }

        foreach (var yearless in evidence.Yearless.Where(y => y.WholeMonth))
        {
            window = Narrow(window, Allowed(window, yearless));
        }

        // Anchors are resolved once, against the window the clues and yearless months allow, so that narrowing by
        // one anchor cannot make another's shared alias or meeting look unique.
        var anchors = Resolve(evidence.Anchors.Concat(evidence.Meetings), window).ToList();
        foreach (var anchor in anchors.Where(a => a.Scheduled))
        {
            window = Narrow(window, [new DateInterval(anchor.Candidates[0].Start.PlusDays(-_cues.ScheduledHorizonDays), anchor.Candidates[0].Start)]);
        }

        foreach (var anchor in anchors.Where(a => !a.Scheduled))
        {
            window = Narrow(window, [new DateInterval(anchor.Candidates[0].Start, LocalDate.MaxIsoValue)]);
        }

        foreach (var yearless in evidence.Yearless.Where(y => !y.WholeMonth && y.Scheduled))
        {
            window = Narrow(window, Allowed(window, yearless));
        }

        foreach (var yearless in evidence.Yearless.Where(y => !y.WholeMonth && !y.Scheduled))
        {
            window = Narrow(window, AllowedAfter(window, yearless));
        }

        var (start, end) = Hull(window);
        if (start == end)
        {
            return (PartialDate.Day(start), "the window is one day" + agreed);
        }

        if (start.ToYearMonth() == end.ToYearMonth())
        {
            return (PartialDate.Month(start.ToYearMonth()), "the window lies in one month" + agreed);
        }

        if (conflict)
        {
            return (null, $"the events named relative to now disagree ({DaySet.Describe(window)})");
        }

        if (Period.Between(start, end, PeriodUnits.Days).Days < ShortWindowDays)
        {
            // A window of a few weeks across a month's end: the month of its first day when that is the day of an event the
            // text reports as done (news follows its events closely), else the month that holds most of it.
            var firstMonthDays = Period.Between(start, start.With(DateAdjusters.EndOfMonth), PeriodUnits.Days).Days + 1;
            var opensWithEvent = anchors.Any(a => !a.Scheduled && a.Candidates[0].End == start) ||
                evidence.Yearless.Any(y => !y.WholeMonth && !y.Scheduled && DaysIn(y, start, start).Any());
            var month = opensWithEvent || firstMonthDays * 2 >= Period.Between(start, end, PeriodUnits.Days).Days + 1 ? start.ToYearMonth() : end.ToYearMonth();
            var why = opensWithEvent ? $"the window ({start:uuuu-MM-dd} to {end:uuuu-MM-dd}) opens with an event reported as done" : $"most of the window ({start:uuuu-MM-dd} to {end:uuuu-MM-dd}) lies in that month";
            return (PartialDate.Month(month), why + agreed);
        }

        if (window.Count == 1)
        {
            // Within one year the month of the latest event is never a worse answer than the year the window would give (a
            // date finer than the true one's precision is cut to it), so the horizon only guards a window across years.
            var oneYear = start.Year == end.Year;
            bool Recent(DateInterval c) => c.End >= start && c.End <= end && (oneYear || Period.Between(c.End, end, PeriodUnits.Days).Days <= _cues.ReportedHorizonDays);
            var pastPoints = anchors.Where(a => !a.Scheduled).Select(a => a.Candidates[0]).Where(Recent).ToList();
            var scheduled = anchors.Where(a => a.Scheduled).Select(a => a.Candidates[0].Start).ToList();
            scheduled.AddRange(evidence.Yearless.Where(y => !y.WholeMonth && y.Scheduled).SelectMany(y => Occurrences(y, start, end)));
            if (pastPoints.Count > 0)
            {
                var latest = pastPoints.Max(p => p.End);
                return (PartialDate.Month(latest.ToYearMonth()), $"the month of the latest event reported as done ({latest:uuuu-MM-dd})" + agreed);
            }

            if (scheduled.Any(s => s >= end && Period.Between(end, s, PeriodUnits.Days).Days <= _cues.ScheduledHorizonDays))
            {
                return (PartialDate.Month(end.ToYearMonth()), $"shortly before a scheduled date after the window's end ({end:uuuu-MM-dd})" + agreed);
            }

            // Days without a year reported as done ("returned on December 6"), weaker than named events: the latest of them.
            var yearlessPoints = evidence.Yearless.Where(y => !y.WholeMonth && !y.Scheduled).SelectMany(y => DaysIn(y, start, end))
                .Select(d => new DateInterval(d, d)).Where(Recent).ToList();
            if (yearlessPoints.Count > 0)
            {
                var latest = yearlessPoints.Max(p => p.End);
                return (PartialDate.Month(latest.ToYearMonth()), $"the month of the latest day reported as done ({latest:uuuu-MM-dd})" + agreed);
            }
        }

        if (start.Year == end.Year)
        {
            return (PartialDate.Year(start.Year), "the window lies in one year" + agreed);
        }

        return window.Count > 1 && votes < evidence.Clues.Count
            ? (null, $"the clues disagree ({DaySet.Describe(window)})")
            : (null, $"the clues allow {DaySet.Describe(window)}");
    }

    /// <summary>
    /// The days the clues allow. The clues that date an event relative to now (<see cref="AnchoredKinds"/>) decide
    /// first, the days most of them allow; the office titles then choose among those days (the days most titles
    /// allow within them), and decide alone when there is no anchored clue. A conflict is a tie between anchored
    /// clues that the titles cannot break: then the date is unknown rather than a guess.
    /// </summary>
    private static (List<DateInterval> Window, int Votes, bool Conflict) Window(IReadOnlyList<WindowClue> clues)
    {
        var anchored = clues.Where(c => AnchoredKinds.Contains(c.Kind)).Select(c => c.Ranges).ToList();
        var titles = clues.Where(c => !AnchoredKinds.Contains(c.Kind)).Select(c => c.Ranges).ToList();
        if (anchored.Count == 0)
        {
            var (days, votes) = DaySet.MostAgreed(titles);
            return (days, votes, false);
        }

        var (window, anchoredVotes) = DaySet.MostAgreed(anchored);
        // A title that allows only a sliver of what the anchored clues allow names the office held at an event the text
        // reports ("Prime Minister X told Y ... when the two met"), not at publication: it does not vote.
        var windowDays = window.Sum(w => w.Length);
        var within = titles.Select(t => DaySet.Intersect(t, window)).Where(t => t.Count > 0 && t.Sum(w => w.Length) * SliverShare >= windowDays).ToList();
        var titleVotes = 0;
        if (within.Count == 0 && anchored.Count == 1 && clues.Single(c => AnchoredKinds.Contains(c.Kind)).Kind == DescriptionKind)
        {
            // A lone event matched by its description ("his Liberation Day speech on August 15" of a year the almanac
            // holds) is outvoted by two or more different office holders who agree with each other and not with it.
            var distinct = titles.DistinctBy(t => DaySet.Describe(t.ToList())).ToList();
            var (agreed, votes) = DaySet.MostAgreed(distinct);
            if (votes >= 2 && agreed.Count > 0)
            {
                return (agreed, votes, false);
            }
        }

        if (within.Count > 0)
        {
            (window, titleVotes) = DaySet.MostAgreed(within);
        }

        var conflict = anchoredVotes < anchored.Count && Disjoint(window);
        return (window, anchoredVotes + titleVotes, conflict);
    }

    /// <summary>True when the days fall in more than one month with a gap between them.</summary>
    private static bool Disjoint(List<DateInterval> window) =>
        window.Count > 1 && window[0].End.ToYearMonth() != window[^1].Start.ToYearMonth();

    /// <summary>
    /// The anchors that name one event: an alias or a pair of countries with exactly one almanac event that falls in
    /// the window, or, for an alias, a single event anywhere (an event long before the window still bounds it).
    /// </summary>
    private static IEnumerable<DateAnchor> Resolve(IEnumerable<DateAnchor> meetings, IReadOnlyList<DateInterval> window)
    {
        foreach (var meeting in meetings)
        {
            var inside = meeting.Candidates.Where(c => window.Any(w => c.Start <= w.End && w.Start <= c.End)).ToList();
            if (inside.Count == 0 && meeting.Candidates.Count == 1 && meeting.Span.Label == "dating-anchor")
            {
                yield return meeting;
            }
            else if (inside.Count == 1)
            {
                yield return meeting with { Candidates = inside };
            }
        }
    }

    /// <summary>The window narrowed to <paramref name="allowed"/>, or left as it is when nothing would remain.</summary>
    private static List<DateInterval> Narrow(List<DateInterval> window, IReadOnlyList<DateInterval> allowed)
    {
        var narrowed = DaySet.Intersect(window, allowed);
        return narrowed.Count == 0 ? window : narrowed;
    }

    /// <summary>The days a yearless date allows, year by year over the window.</summary>
    private List<DateInterval> Allowed(IReadOnlyList<DateInterval> window, YearlessDate date)
    {
        var (start, end) = Hull(window);
        var allowed = new List<DateInterval>();
        for (var year = start.Year; year <= Math.Min(end.Year, LastDay.Year); year++)
        {
            if (!date.WholeMonth)
            {
                allowed.AddRange(Occurrences(date, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31))
                    .Select(day => new DateInterval(day.PlusDays(-_cues.ScheduledHorizonDays), date.ThroughMonth ? day.With(DateAdjusters.EndOfMonth) : day)));
                continue;
            }

            var month = new YearMonth(year + date.YearOffset, date.Month);
            allowed.Add(date.YearOffset != 0
                ? new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31))
                : date.Scheduled
                    ? new DateInterval(new LocalDate(year, 1, 1), month.ToDateInterval().End)
                    : new DateInterval(month.OnDayOfMonth(1), new LocalDate(year, 12, 31)));
        }

        return DaySet.Normalize(allowed);
    }

    /// <summary>
    /// The days a yearless day reported as done allows ("arrested him on January 15"): publication falls after one
    /// of its occurrences, within <see cref="DatingClue.NearestDays"/> (a writer leaves out the year of a recent day).
    /// </summary>
    private static List<DateInterval> AllowedAfter(IReadOnlyList<DateInterval> window, YearlessDate date)
    {
        var (start, end) = Hull(window);
        var allowed = new List<DateInterval>();
        for (var year = start.Year - 1; year <= Math.Min(end.Year, LastDay.Year); year++)
        {
            if (date.Day <= CalendarSystem.Iso.GetDaysInMonth(year, date.Month) && new LocalDate(year, date.Month, date.Day) is var day &&
                (date.Weekday is null || day.DayOfWeek == date.Weekday))
            {
                // A day named by its weekday is of the last two weeks ("on Monday, Aug. 3"); any other of the last half year.
                allowed.Add(new DateInterval(day, day.PlusDays(date.Weekday is null ? DatingClue.NearestDays : WeekdayNearDays)));
            }
        }

        return DaySet.Normalize(allowed);
    }

    /// <summary>The days of a yearless date from <paramref name="start"/> to <paramref name="end"/>.</summary>
    private static IEnumerable<LocalDate> DaysIn(YearlessDate date, LocalDate start, LocalDate end)
    {
        for (var year = start.Year; year <= end.Year; year++)
        {
            if (date.Day <= CalendarSystem.Iso.GetDaysInMonth(year, date.Month) && new LocalDate(year, date.Month, date.Day) is var day && day >= start && day <= end)
            {
                yield return day;
            }
        }
    }

    /// <summary>The days of a yearless scheduled date that fall from <paramref name="start"/> to the horizon after <paramref name="end"/>.</summary>
    private IEnumerable<LocalDate> Occurrences(YearlessDate date, LocalDate start, LocalDate end)
    {
        var last = end >= LastDay ? LastDay : end.PlusDays(_cues.ScheduledHorizonDays);
        for (var year = start.Year; year <= Math.Min(last.Year, LastDay.Year); year++)
        {
            if (date.Day <= CalendarSystem.Iso.GetDaysInMonth(year, date.Month))
            {
                yield return new LocalDate(year, date.Month, date.Day);
            }
        }
    }

    private static (LocalDate Start, LocalDate End) Hull(IReadOnlyList<DateInterval> window) =>
        (window[0].Start, window[^1].End);
}

/// <summary>What a document says that bears on its date (see <see cref="PublicationDateInference"/>).</summary>
public sealed class DatingEvidence
{
    /// <summary>Hard evidence: each allows some days.</summary>
    public List<WindowClue> Clues { get; } = [];

    /// <summary>The almanac events named relative to now, among <see cref="Clues"/>.</summary>
    public List<DatingClue> Events { get; } = [];

    /// <summary>Almanac events named as done or scheduled, without saying when relative to now.</summary>
    public List<DateAnchor> Anchors { get; } = [];

    /// <summary>Sentences with a meeting word and two countries: every almanac meeting of the pair.</summary>
    public List<DateAnchor> Meetings { get; } = [];

    public List<YearlessDate> Yearless { get; } = [];

    /// <summary>The day of the report's dateline ("SEOUL, Oct 18 -"), when a paragraph near the top opens with one.</summary>
    public (DayOfYear Day, TextSpan Span)? Dateline { get; set; }
}
