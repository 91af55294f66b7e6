using System.Runtime.InteropServices;
using NodaTime;
using Strait.Core.Time;
using Strait.Text.Pipeline;
using Strait.Text.Segmentation;

namespace Strait.Text.Times;

/// <summary>A time expression found among a sentence's tokens: its span (labelled with the rule's kind) and its meaning.</summary>
public readonly record struct FoundTime(TextSpan Span, TimeReference Reference);

/// <summary>
/// The grammar of time expressions, read left to right over a sentence's tokens with the words of
/// <see cref="TimeWords"/>. At each token it tries, in order: an ISO date ("2019-07-04"), a year range or ISO month
/// ("1910-45", "from 1910 to 1945", "between 1950 and 1953", "2019-07"), a decade ("the early 2010s"), a month with
/// a day, days, a year or a relative year ("August 23–24", "Aug. 15, 2025", "May 2018", "July this year",
/// "last December", "in March"), a day before a month ("15 August 2025"), a weekday ("on Sunday", "last Friday"),
/// a relative phrase ("last month", "earlier this year"), a count back ("two weeks ago") and a year ("in 2012",
/// "since 2019"). The first rule that matches wins and the scan goes on after it.
/// </summary>
public sealed class TimeExpressionFinder
{
    private const int MinYear = 1800;
    private const int MaxYear = 2100;

    private readonly TimeWords _words;
    private readonly Words<int> _months;
    private readonly Words<IsoDayOfWeek> _weekdays;
    private readonly Words<TimeUnit> _units;
    private readonly Lookup _ambiguousMonths;
    private readonly Lookup _monthCues;
    private readonly Lookup _since;
    private readonly Lookup _rangeWords;
    private readonly Lookup _rangeOpeners;
    private readonly Lookup _ago;
    private readonly Lookup _later;
    private readonly Lookup _earlier;
    private readonly Lookup _earlierClause;
    private readonly Lookup _laterClause;
    private readonly Lookup _subjectPronouns;
    private readonly Lookup _future;
    /// <summary>Two-word future markers ("set to", "set for") by their first word, with the words that may follow it.</summary>
    private readonly Words<Lookup> _futurePairs;
    private readonly Lookup _nounFuture;
    private readonly Lookup _nounOpeners;
    private readonly Words<(int From, int To)> _decadeParts;
    private readonly Lookup _starters;
    private readonly Lookup _weekOrdinals;
    private readonly Words<(int First, int Last)> _seasons;
    private readonly Lookup _ambiguousSeasons;

    public TimeExpressionFinder(TimeWords words)
    {
        _words = words;
        _months = new Words<int>(words.Months, StringComparer.Ordinal);
        _weekdays = new Words<IsoDayOfWeek>(words.Weekdays, StringComparer.Ordinal);
        _units = new Words<TimeUnit>(words.Units, StringComparer.OrdinalIgnoreCase);
        _decadeParts = new Words<(int From, int To)>(words.DecadeParts, StringComparer.OrdinalIgnoreCase);
        _ambiguousMonths = new Lookup(words.AmbiguousMonths, StringComparer.Ordinal);
        _monthCues = new Lookup(words.MonthCues, StringComparer.OrdinalIgnoreCase);
        _since = new Lookup(words.SinceWords, StringComparer.OrdinalIgnoreCase);
        _rangeWords = new Lookup(words.RangeWords, StringComparer.OrdinalIgnoreCase);
        _rangeOpeners = new Lookup(words.RangeOpeners, StringComparer.OrdinalIgnoreCase);
        _ago = new Lookup(words.AgoWords, StringComparer.OrdinalIgnoreCase);
        _later = new Lookup(words.LaterWords, StringComparer.OrdinalIgnoreCase);
        _earlier = new Lookup(words.EarlierWords, StringComparer.OrdinalIgnoreCase);
        _earlierClause = new Lookup(words.EarlierClauseWords, StringComparer.OrdinalIgnoreCase);
        _laterClause = new Lookup(words.LaterClauseWords, StringComparer.OrdinalIgnoreCase);
        _subjectPronouns = new Lookup(words.SubjectPronouns, StringComparer.OrdinalIgnoreCase);
        _future = new Lookup(words.FutureMarkers.Where(m => !m.Contains(' ')), StringComparer.OrdinalIgnoreCase);
        _futurePairs = new Words<Lookup>(
            words.FutureMarkers.Select(m => m.Split(' ')).Where(p => p.Length == 2).GroupBy(p => p[0], StringComparer.OrdinalIgnoreCase)
                .Select(g => KeyValuePair.Create(g.Key, new Lookup(g.Select(p => p[1]), StringComparer.OrdinalIgnoreCase))),
            StringComparer.OrdinalIgnoreCase);
        _nounFuture = new Lookup(words.NounFutureMarkers, StringComparer.OrdinalIgnoreCase);
        _nounOpeners = new Lookup(words.NounOpeners, StringComparer.OrdinalIgnoreCase);
        _weekOrdinals = new Lookup(words.WeekOrdinals, StringComparer.OrdinalIgnoreCase);
        _seasons = new Words<(int First, int Last)>(words.Seasons, StringComparer.OrdinalIgnoreCase);
        _ambiguousSeasons = new Lookup(words.AmbiguousSeasons, StringComparer.OrdinalIgnoreCase);

        // The words a rule can start at, matched in any case (a superset of what the rules accept): "the" opens a
        // decade ("the 1990s"); every other starter comes from the time words.
        string[] starters =
        [
            "the", .. words.Seasons.Keys, .. words.Holidays.FirstWords, .. words.WeekOrdinals, .. words.Months.Keys, .. words.Weekdays.Keys, .. words.DecadeParts.Keys, .. words.Relative.FirstWords, .. words.Anaphoric.FirstWords, .. words.Numbers.FirstWords,
        ];
        _starters = new Lookup(starters, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The weekday a found day names with its date ("Monday, Aug. 3", "Aug. 3, a Monday"), if any.</summary>
    public IsoDayOfWeek? WeekdayIn(string text, TextSpan span)
    {
        var words = text.AsSpan(span.Start, span.Length);
        foreach (var word in words.Split(' '))
        {
            if (_weekdays.TryGetValue(words[word].TrimEnd(','), out var weekday))
            {
                return weekday;
            }
        }

        return null;
    }

    /// <summary>
    /// The expressions of each sentence of the document, in order: found once per document and finder, and kept on the
    /// document for the next stage that asks. The sentences and tokens must be final when it is first asked.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<FoundTime>> FindBySentence(TextDocument document)
    {
        if (document.FoundTimes is var (finder, known) && ReferenceEquals(finder, this))
        {
            return known;
        }

        var bySentence = new List<IReadOnlyList<FoundTime>>(document.Sentences.Count);
        foreach (var sentence in document.Sentences)
        {
            var (first, limit) = TokenSpans.Range(document.Tokens, sentence);
            var found = new List<FoundTime>();
            Find(document.Text, document.Tokens, first, limit, found);
            bySentence.Add(found);
        }

        document.FoundTimes = (this, bySentence);
        return bySentence;
    }

    /// <summary>Finds the expressions among tokens <paramref name="first"/> to <paramref name="limit"/> (exclusive), one sentence.</summary>
    public void Find(string text, IReadOnlyList<TextSpan> tokens, int first, int limit, List<FoundTime> found) =>
        Find(text, tokens switch
        {
            List<TextSpan> list => CollectionsMarshal.AsSpan(list),
            TextSpan[] array => array,
            _ => tokens.ToArray(),
        }, first, limit, found);

    /// <inheritdoc cref="Find(string, IReadOnlyList{TextSpan}, int, int, List{FoundTime})"/>
    public void Find(string text, ReadOnlySpan<TextSpan> tokens, int first, int limit, List<FoundTime> found)
    {
        var scan = new Scan(this, text, tokens, first, limit);
        var i = first;
        while (i < limit)
        {
            var match = CanStart(text.AsSpan(tokens[i].Start, tokens[i].Length)) ? scan.At(i) : null;
            if (match is { } m)
            {
                if (m.Reference is not null)
                {
                    found.Add(new FoundTime(new TextSpan(tokens[m.First].Start, tokens[m.Last].End, m.Reference.Kind), m.Reference));
                }

                i = m.Last + 1;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>All expressions of a short text (tokenized on the fly): for tests and tools.</summary>
    public IReadOnlyList<FoundTime> Find(string text, Tokenizer tokenizer)
    {
        var tokens = new List<TextSpan>();
        tokenizer.Tokenize(text, 0, text.Length, tokens);
        var found = new List<FoundTime>();
        Find(text, tokens, 0, tokens.Count, found);
        return found;
    }

    /// <summary>
    /// Whether any rule can match starting at a token: a digit opens numbers, dates, years and decades; a hyphen a
    /// prefixed month ("mid-March"); otherwise only a month, weekday, decade part, "the", or the first word of a
    /// relative phrase or a spelled number. Most tokens are none of these and are passed over without a look-up.
    /// </summary>
    private bool CanStart(ReadOnlySpan<char> token) =>
        token.Length > 0 && (char.IsAsciiDigit(token[0]) || _starters.Contains(token) || token.Contains('-'));

    private readonly record struct Match(int First, int Last, TimeReference? Reference);

    /// <summary>A set of words looked up by span, most tokens turned away by <see cref="TokenPrefilter"/> before hashing.</summary>
    private sealed class Lookup
    {
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _set;
        private readonly TokenPrefilter _prefilter;

        public Lookup(IEnumerable<string> words, StringComparer comparer)
        {
            var set = new HashSet<string>(words, comparer);
            _set = set.GetAlternateLookup<ReadOnlySpan<char>>();
            _prefilter = TokenPrefilter.For(comparer);
            foreach (var word in set)
            {
                _prefilter.Add(word);
            }
        }

        public bool Contains(ReadOnlySpan<char> word) => _prefilter.MayMatch(word) && _set.Contains(word);
    }

    /// <summary>Words with a value each, looked up by span like <see cref="Lookup"/>.</summary>
    private sealed class Words<TValue>
    {
        private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _map;
        private readonly TokenPrefilter _prefilter;

        public Words(IEnumerable<KeyValuePair<string, TValue>> words, StringComparer comparer)
        {
            var map = new Dictionary<string, TValue>(words, comparer);
            _map = map.GetAlternateLookup<ReadOnlySpan<char>>();
            _prefilter = TokenPrefilter.For(comparer);
            foreach (var word in map.Keys)
            {
                _prefilter.Add(word);
            }
        }

        public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
        {
            if (_prefilter.MayMatch(word))
            {
                return _map.TryGetValue(word, out value!);
            }

            value = default!;
            return false;
        }
    }

    private readonly ref struct Scan
    {
        private readonly TimeExpressionFinder _f;
        private readonly string text;
        private readonly ReadOnlySpan<TextSpan> tokens;
        private readonly int first;
        private readonly int limit;

        public Scan(TimeExpressionFinder finder, string text, ReadOnlySpan<TextSpan> tokens, int first, int limit)
        {
            _f = finder;
            this.text = text;
            this.tokens = tokens;
            this.first = first;
            this.limit = limit;
        }

        private ReadOnlySpan<char> T(int i) => i >= first && i < limit ? text.AsSpan(tokens[i].Start, tokens[i].Length) : default;

        private bool Is(int i, char c) => T(i) is { Length: 1 } s && s[0] == c;

        private bool Adjacent(int i, int j) => tokens[i].End == tokens[j].Start;

        public Match? At(int i) =>
            IsoDate(i) ?? YearRange(i) ?? Decade(i) ?? WeekOfMonth(i) ?? MonthFirst(i) ?? Season(i) ?? Holiday(i) ?? DayFirst(i) ?? Weekday(i) ?? RelativePhrase(i) ?? AnaphoricPhrase(i) ?? Ago(i) ?? Year(i);

        private Match? IsoDate(int i)
        {
            if (Number(i, 4) is { } year && Is(i + 1, '-') && Number(i + 2, 2) is { } month && Is(i + 3, '-') &&
                Number(i + 4, 2) is { } day && Adjacent(i, i + 1) && Adjacent(i + 3, i + 4) &&
                month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                return new Match(i, i + 4, new AbsoluteTime(PartialDate.Day(year, month, day)));
            }

            return null;
        }

        /// <summary>"the last week of March", "the first week of May 2031": the month, read as a month expression.</summary>
        private Match? WeekOfMonth(int i)
        {
            var at = T(i).Equals("the", StringComparison.OrdinalIgnoreCase) ? i + 1 : i;
            if (T(at).IsEmpty || !_f._weekOrdinals.Contains(T(at)) || !T(at + 1).Equals("week", StringComparison.OrdinalIgnoreCase) ||
                !T(at + 2).Equals("of", StringComparison.OrdinalIgnoreCase) || T(at + 3).IsEmpty || !_f._months.TryGetValue(T(at + 3), out _))
            {
                return null;
            }

            return MonthFirst(at + 3) is { } month && month.First <= at + 3 ? month with { First = i } : null;
        }

        private Match? YearRange(int i)
        {
            if (YearAt(i) is not { } start)
            {
                return null;
            }

            var opener = i - 1 >= first && _f._rangeOpeners.Contains(T(i - 1));
            var separator = T(i + 1);
            if (separator.IsEmpty || !_f._rangeWords.Contains(separator))
            {
                return null;
            }

            if (separator.Equals("and", StringComparison.OrdinalIgnoreCase) && !(opener && T(i - 1).Equals("between", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            var firstToken = opener ? i - 1 : i;
            if (YearAt(i + 2) is { } end4 && end4 > start)
            {
                return new Match(firstToken, i + 2, new AbsoluteTime(PartialDate.Between(PartialDate.Year(start), PartialDate.Year(end4)), "range"));
            }

            if (Number(i + 2, 2) is { } end2)
            {
                if (end2 > start % 100)
                {
                    return new Match(firstToken, i + 2, new AbsoluteTime(PartialDate.Between(PartialDate.Year(start), PartialDate.Year(start / 100 * 100 + end2)), "range"));
                }

                if (Is(i + 1, '-') && Adjacent(i, i + 1) && Adjacent(i + 1, i + 2) && end2 is >= 1 and <= 12)
                {
                    return new Match(i, i + 2, new AbsoluteTime(PartialDate.Month(start, end2)));
                }
            }

            return null;
        }

        private Match? Decade(int i)
        {
            var firstToken = i;
            var part = (From: 0, To: 9);
            var at = i;
            if (T(at).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                at++;
            }

            if (!T(at).IsEmpty && _f._decadeParts.TryGetValue(T(at), out var found))
            {
                part = found;
                at += Is(at + 1, '-') ? 2 : 1;
            }

            if (DecadeAt(at) is not { } decade)
            {
                return null;
            }

            return new Match(firstToken, at, new AbsoluteTime(TimeResolver.Decade(decade, part.From, part.To), "decade"));
        }

        private Match? MonthFirst(int i)
        {
            if (!_f._months.TryGetValue(T(i), out var month))
            {
                return PrefixedMonth(i);
            }

            if (DayAt(i + 1) is { } day)
            {
                var last = i + 1;
                var lastDay = day;
                if (!T(i + 2).IsEmpty && _f._rangeWords.Contains(T(i + 2)) && DayAt(i + 3) is { } second && second > day)
                {
                    last = i + 3;
                    lastDay = second;
                }
                else if (!T(i + 2).IsEmpty && _f._rangeWords.Contains(T(i + 2)) && _f._months.TryGetValue(T(i + 3), out var lastMonth) &&
                         lastMonth != month && DayAt(i + 4) is { } endDay)
                {
                    // "between May 27 and June 4", "from Dec. 28 to Jan. 3, 2020": a run of days across a month's end.
                    var opener = i > first && _f._rangeOpeners.Contains(T(i - 1)) ? i - 1 : i;
                    if (YearAfter(i + 4) is var (rangeYear, rangeEnd))
                    {
                        var startYear = lastMonth < month ? rangeYear - 1 : rangeYear;
                        return day > CalendarSystem.Iso.GetDaysInMonth(startYear, month) || endDay > CalendarSystem.Iso.GetDaysInMonth(rangeYear, lastMonth) ? null
                            : new Match(opener, rangeEnd, new AbsoluteTime(PartialDate.Between(PartialDate.Day(new LocalDate(startYear, month, day)), PartialDate.Day(new LocalDate(rangeYear, lastMonth, endDay)))));
                    }

                    return new Match(opener, i + 4, new DayRange(new DayOfYear(month, day, day, FutureBefore(i)), lastMonth, endDay));
                }

                if (YearAfter(last) is var (known, yearEnd))
                {
                    var date = Dates(known, month, day, lastDay);
                    return date is null ? null : new Match(WithWeekday(i), TrailingWeekday(yearEnd), new AbsoluteTime(date));
                }

                // "Nov. 23 last year", "March 3 this year": the day in a year named relative to now.
                if (_f._words.Relative.Longest(text, tokens, last + 1, limit) is { Value: { Unit: TimeUnit.Year, Part: RelativePart.Whole } dayYear } yearPhrase)
                {
                    return new Match(WithWeekday(i), last + yearPhrase.Length, new DayOfYear(month, day, lastDay, FutureBefore(i), dayYear.Offset));
                }

                return new Match(WithWeekday(i), TrailingWeekday(last), new DayOfYear(month, day, lastDay, FutureBefore(i)));
            }

            if (YearAt(i + 1) is { } monthYear)
            {
                return new Match(i, i + 1, new AbsoluteTime(PartialDate.Month(monthYear, month)));
            }

            if (T(i + 1).Equals("of", StringComparison.OrdinalIgnoreCase) && YearAt(i + 2) is { } ofYear)
            {
                return new Match(i, i + 2, new AbsoluteTime(PartialDate.Month(ofYear, month)));
            }

            // "July this year", "October of last year".
            var yearAt = T(i + 1).Equals("of", StringComparison.OrdinalIgnoreCase) ? i + 2 : i + 1;
            if (_f._words.Relative.Longest(text, tokens, yearAt, limit) is { Value: { Unit: TimeUnit.Year } relativeYear } phrase)
            {
                return new Match(i, yearAt + phrase.Length - 1, new MonthOfYear(month, MonthRelation.InYear, relativeYear.Offset));
            }

            var before = T(i - 1);
            var cued = !before.IsEmpty && _f._monthCues.Contains(before);
            if (_f._ambiguousMonths.Contains(T(i)) && !cued)
            {
                return null;
            }

            if (before.Equals("last", StringComparison.OrdinalIgnoreCase))
            {
                return new Match(i - 1, i, new MonthOfYear(month, MonthRelation.Last));
            }

            if (before.Equals("next", StringComparison.OrdinalIgnoreCase))
            {
                return new Match(i - 1, i, new MonthOfYear(month, MonthRelation.Next));
            }

            if (before.Equals("this", StringComparison.OrdinalIgnoreCase))
            {
                return new Match(i - 1, i, new MonthOfYear(month, MonthRelation.InYear));
            }

            var part = !before.IsEmpty && _f._decadeParts.TryGetValue(before, out _);
            return new Match(part ? i - 1 : i, i, new MonthOfYear(month, MonthRelation.Latest));
        }

        /// <summary>
        /// A season: "the summer of 2019", "spring 2019" (its months that year); "last summer", "next spring", "this autumn",
        /// "summer last year", "in the summer" (a <see cref="SeasonOfYear"/>). An ambiguous name ("fall") needs "the",
        /// "last", "this" or "next" before it.
        /// </summary>
        private Match? Season(int i)
        {
            var lead = T(i);
            var relation = lead.Equals("last", StringComparison.OrdinalIgnoreCase) ? MonthRelation.Last
                : lead.Equals("next", StringComparison.OrdinalIgnoreCase) ? MonthRelation.Next
                : lead.Equals("this", StringComparison.OrdinalIgnoreCase) ? MonthRelation.InYear
                : lead.Equals("the", StringComparison.OrdinalIgnoreCase) ? MonthRelation.Latest
                : (MonthRelation?)null;
            var at = relation is null ? i : i + 1;
            if (!_f._seasons.TryGetValue(T(at), out var months) || (relation is null && _f._ambiguousSeasons.Contains(T(at))))
            {
                return null;
            }

            var yearAt = T(at + 1).Equals("of", StringComparison.OrdinalIgnoreCase) ? at + 2 : at + 1;
            if (relation is null or MonthRelation.Latest && YearAt(yearAt) is { } year)
            {
                return new Match(i, yearAt, new AbsoluteTime(PartialDate.Between(PartialDate.Month(year, months.First), PartialDate.Month(year, months.Last))));
            }

            if (relation is null or MonthRelation.Latest &&
                _f._words.Relative.Longest(text, tokens, yearAt, limit) is { Value: { Unit: TimeUnit.Year, Part: RelativePart.Whole } relativeYear } phrase)
            {
                return new Match(i, yearAt + phrase.Length - 1, new SeasonOfYear(months.First, months.Last, MonthRelation.InYear, relativeYear.Offset));
            }

            return new Match(i, at, new SeasonOfYear(months.First, months.Last, relation ?? MonthRelation.Latest));
        }

        /// <summary>
        /// A day named for what falls on it ("New Year's Day 2004", "on Christmas Eve"): with a year after it, that day;
        /// without, a <see cref="DayOfYear"/> read like "on Dec. 24".
        /// </summary>
        private Match? Holiday(int i)
        {
            if (_f._words.Holidays.Longest(text, tokens, i, limit) is not { } holiday)
            {
                return null;
            }

            var (month, day) = holiday.Value;
            var last = i + holiday.Length - 1;
            return YearAfter(last) is var (known, yearEnd)
                ? new Match(i, yearEnd, new AbsoluteTime(PartialDate.Day(known, month, day)))
                : new Match(i, last, new DayOfYear(month, day, day, FutureBefore(i)));
        }

        /// <summary>A year right after token <paramref name="last"/>, or after a comma there ("Aug. 15, 2025"), and its token; else null.</summary>
        private (int Year, int At)? YearAfter(int last) =>
            Is(last + 1, ',') && YearAt(last + 2) is { } afterComma ? (afterComma, last + 2)
            : YearAt(last + 1) is { } year ? (year, last + 1)
            : null;

        /// <summary>"mid-March", one token: a part word, a hyphen and a month.</summary>
        private Match? PrefixedMonth(int i)
        {
            var token = T(i);
            var hyphen = token.IndexOf('-');
            if (hyphen <= 0 || !_f._decadeParts.TryGetValue(token[..hyphen], out _) || !_f._months.TryGetValue(token[(hyphen + 1)..], out var month))
            {
                return null;
            }

            if (YearAt(i + 1) is { } year)
            {
                return new Match(i, i + 1, new AbsoluteTime(PartialDate.Month(year, month)));
            }

            // "mid-November last year": the month in a year named relative to now.
            return _f._words.Relative.Longest(text, tokens, i + 1, limit) is { Value: { Unit: TimeUnit.Year, Part: RelativePart.Whole } monthYear } phrase
                ? new Match(i, i + phrase.Length, new MonthOfYear(month, MonthRelation.InYear, monthYear.Offset))
                : new Match(i, i, new MonthOfYear(month, MonthRelation.Latest));
        }

        private int WithWeekday(int i)
        {
            var at = Is(i - 1, ',') ? i - 2 : i - 1;
            return at >= first && _f._weekdays.TryGetValue(T(at), out _) ? at : i;
        }

        /// <summary>"August 10, a Friday": a weekday in apposition after a date is part of it, not a day of its own.</summary>
        private int TrailingWeekday(int last)
        {
            if (!Is(last + 1, ','))
            {
                return last;
            }

            var at = T(last + 2).Equals("a", StringComparison.OrdinalIgnoreCase) ? last + 3 : last + 2;
            return _f._weekdays.TryGetValue(T(at), out _) ? at : last;
        }

        private Match? DayFirst(int i)
        {
            if (DayAt(i) is not { } day || T(i + 1).IsEmpty || !_f._months.TryGetValue(T(i + 1), out var month))
            {
                return null;
            }

            if (YearAt(i + 2) is { } year)
            {
                var date = Dates(year, month, day, day);
                return date is null ? null : new Match(i, i + 2, new AbsoluteTime(date));
            }

            return new Match(i, i + 1, new DayOfYear(month, day, day, FutureBefore(i)));
        }

        private Match? Weekday(int i)
        {
            if (!_f._weekdays.TryGetValue(T(i), out var weekday))
            {
                return null;
            }

            var after = Is(i + 1, ',') ? i + 2 : i + 1;
            if (_f._months.TryGetValue(T(after), out _) && DayAt(after + 1) is not null)
            {
                return null;
            }

            var before = T(i - 1);
            if (before.Equals("last", StringComparison.OrdinalIgnoreCase))
            {
                return new Match(i - 1, i, new WeekdayTime(weekday, WeekdayDirection.Before));
            }

            if (before.Equals("next", StringComparison.OrdinalIgnoreCase))
            {
                return new Match(i - 1, i, new WeekdayTime(weekday, WeekdayDirection.After));
            }

            if (before.Equals("this", StringComparison.OrdinalIgnoreCase) ||
                before.Equals("coming", StringComparison.OrdinalIgnoreCase))
            {
                return new Match(i - 1, i, new WeekdayTime(weekday, WeekdayDirection.Future));
            }

            return new Match(i, i, new WeekdayTime(weekday, FutureBefore(i) ? WeekdayDirection.Future : WeekdayDirection.Past));
        }

        private bool FutureBefore(int i)
        {
            for (var j = first; j < i; j++)
            {
                if (IsNounAfterPastVerb(j))
                {
                    continue;
                }

                if (_f._future.Contains(T(j)) || IsFuturePair(j) || (T(j).Equals("to", StringComparison.OrdinalIgnoreCase) && j > first &&
                    (T(j - 1).Equals("is", StringComparison.OrdinalIgnoreCase) || T(j - 1).Equals("are", StringComparison.OrdinalIgnoreCase))))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// "criticized Fredville's plan on Monday": a future marker that is a noun (<c>noun_future_markers</c>) right after
        /// a word that opens a noun phrase (<c>noun_openers</c>), with a past form (a word in "-ed") before it in the
        /// sentence, is the object of that past act, which the day dates; it makes no day a coming one.
        /// </summary>
        private bool IsNounAfterPastVerb(int j)
        {
            if (j <= first || !_f._nounFuture.Contains(T(j)) || !_f._nounOpeners.Contains(T(j - 1)))
            {
                return false;
            }

            for (var k = first; k < j - 1; k++)
            {
                var word = T(k);
                if (word.Length > 3 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a two-word future marker ("set to") starts at the token.</summary>
        private bool IsFuturePair(int j) =>
            j + 1 < limit && _f._futurePairs.TryGetValue(T(j), out var seconds) && seconds.Contains(T(j + 1));

        private Match? RelativePhrase(int i)
        {
            if (_f._words.Relative.Longest(text, tokens, i, limit) is not { } phrase)
            {
                return null;
            }

            var relative = phrase.Value;
            return new Match(i, i + phrase.Length - 1, relative.Unit == TimeUnit.None ? null : new RelativeTime(relative.Unit, relative.Offset, relative.Part));
        }

        private Match? AnaphoricPhrase(int i)
        {
            if (_f._words.Anaphoric.Longest(text, tokens, i, limit) is not { } phrase)
            {
                return null;
            }

            return new Match(i, i + phrase.Length - 1, new AnaphoricTime(phrase.Value.Unit, phrase.Value.Offset));
        }

        /// <summary>"two weeks ago" (from now); "two days later", "a year earlier" (from the date named last).</summary>
        private Match? Ago(int i)
        {
            int count;
            int at;
            if (Number(i, 0) is { } digits and > 0 and < 1000)
            {
                count = digits;
                at = i + 1;
            }
            else if (_f._words.Numbers.Longest(text, tokens, i, limit) is { } spelled)
            {
                count = spelled.Value;
                at = i + spelled.Length;
            }
            else
            {
                return null;
            }

            if (T(at).IsEmpty || !_f._units.TryGetValue(T(at), out var unit) || T(at + 1).IsEmpty)
            {
                return null;
            }

            if (_f._later.Contains(T(at + 1)) || _f._earlier.Contains(T(at + 1)))
            {
                // "a week later" counts days from a named day, as the calendar weeks of "the following week" do not.
                var (counted, days) = unit == TimeUnit.Week ? (TimeUnit.Day, 7 * count) : (unit, count);
                return unit == TimeUnit.Decade ? null : new Match(i, at + 1, new AnaphoricTime(counted, _f._later.Contains(T(at + 1)) ? days : -days));
            }

            if ((_f._earlierClause.Contains(T(at + 1)) || _f._laterClause.Contains(T(at + 1))) && unit is not TimeUnit.Decade && OpensClauseAfterComma(i, at + 2))
            {
                // "declared an emergency on April 7, two weeks after he agreed to ...": the clause's event, counted back
                // (or, with "before", forward) from the date named last.
                var (counted, days) = unit == TimeUnit.Week ? (TimeUnit.Day, 7 * count) : (unit, count);
                return new Match(i, at + 1, new AnaphoricTime(counted, _f._laterClause.Contains(T(at + 1)) ? days : -days));
            }

            if (!_f._ago.Contains(T(at + 1)))
            {
                return null;
            }

            // "two weeks ago today": that very day, not the week.
            if (unit == TimeUnit.Week && _f._words.Relative.Longest(text, tokens, at + 2, limit) is { Value: { Unit: TimeUnit.Day, Offset: 0 } } today)
            {
                return new Match(i, at + 1 + today.Length, new AgoTime(TimeUnit.Day, 7 * count));
            }

            return new Match(i, at + 1, new AgoTime(unit, count));
        }

        /// <summary>
        /// Whether the phrase at <paramref name="start"/> follows a comma and <paramref name="next"/> opens a clause: a subject
        /// pronoun, or a capitalised word that no possessive follows ("after Sylvania imposed", not "after Sylvania's move").
        /// </summary>
        private bool OpensClauseAfterComma(int start, int next)
        {
            if (start - 1 < first || !Is(start - 1, ',') || T(next).IsEmpty)
            {
                return false;
            }

            if (_f._subjectPronouns.Contains(T(next)))
            {
                return true;
            }

            var word = T(next);
            if (!char.IsUpper(word[0]) || _f._months.TryGetValue(word, out _) || _f._weekdays.TryGetValue(word, out _))
            {
                return false;
            }

            var end = next + 1;
            while (!T(end).IsEmpty && char.IsUpper(T(end)[0]))
            {
                end++;
            }

            return !T(end).IsEmpty && char.IsLetter(T(end)[0]) && !T(end).StartsWith("'") && !T(end).StartsWith("’");
        }

        private Match? Year(int i)
        {
            if (YearAt(i) is not { } year || Is(i + 1, '%') || T(i + 1).Equals("percent", StringComparison.OrdinalIgnoreCase) ||
                (i - 1 >= first && T(i - 1) is { Length: 1 } symbol && char.IsSymbol(symbol[0])))
            {
                return null;
            }

            var since = i - 1 >= first && _f._since.Contains(T(i - 1));
            return new Match(since ? i - 1 : i, i, new AbsoluteTime(PartialDate.Year(year), since ? "since" : "year"));
        }

        private static PartialDate? Dates(int year, int month, int day, int lastDay)
        {
            if (lastDay > CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                return null;
            }

            return day == lastDay
                ? PartialDate.Day(year, month, day)
                : PartialDate.Between(PartialDate.Day(year, month, day), PartialDate.Day(year, month, lastDay));
        }

        /// <summary>An all-digit token of <paramref name="length"/> digits (any length when 0).</summary>
        private int? Number(int i, int length)
        {
            var token = T(i);
            if (token.IsEmpty || (length > 0 && token.Length != length) || token.Length > 6)
            {
                return null;
            }

            var value = 0;
            foreach (var c in token)
            {
                if (c is < '0' or > '9')
                {
                    return null;
                }

                value = value * 10 + (c - '0');
            }

            return value;
        }

        private int? YearAt(int i) => Number(i, 4) is { } year and >= MinYear and <= MaxYear ? year : null;

        /// <summary>"1990s" as one token.</summary>
        private int? DecadeAt(int i)
        {
            var token = T(i);
            return token.Length == 5 && token[4] == 's' && token[3] == '0' && int.TryParse(token[..4], out var year) && year is >= MinYear and <= MaxYear
                ? year
                : null;
        }

        /// <summary>A day of the month: "15", "1st", "23rd".</summary>
        private int? DayAt(int i)
        {
            var token = T(i);
            var digits = token.Length;
            if (token.Length >= 3 && char.IsLetter(token[^1]) && char.IsLetter(token[^2]) && (token.EndsWith("st") || token.EndsWith("nd") || token.EndsWith("rd") || token.EndsWith("th")))
            {
                digits -= 2;
            }

            if (digits is < 1 or > 2 || !int.TryParse(token[..digits], out var day) || !char.IsDigit(token[0]))
            {
                return null;
            }

            return day is >= 1 and <= 31 ? day : null;
        }
    }
}
