using NodaTime;
using Strait.Core;
using Strait.Text.Segmentation;

namespace Strait.Text.Times;

/// <summary>The unit a relative time expression counts in.</summary>
public enum TimeUnit
{
    /// <summary>Not a date: a phrase that is only consumed ("recently", "in the coming days").</summary>
    None,
    Day,
    Week,
    Month,
    Year,
    Decade,
}

/// <summary>A relative phrase and what it stands for ("last month" is month −1).</summary>
public sealed record RelativePhrase(string Phrase, TimeUnit Unit, int Offset, RelativePart Part = RelativePart.Whole);

/// <summary>
/// The time words of <c>data/text/time-words.yaml</c>, indexed for the time tagger. Month and weekday names match
/// as written (so "may" the verb is not May); phrases and function words match in any case.
/// </summary>
public sealed class TimeWords
{
    private TimeWords()
    {
    }

    public IReadOnlyDictionary<string, int> Months { get; private init; } = new Dictionary<string, int>();

    /// <summary>Month names that are also common words ("March", "May"): read as months only next to a cue, day or year.</summary>
    public IReadOnlySet<string> AmbiguousMonths { get; private init; } = new HashSet<string>();

    public IReadOnlyDictionary<string, IsoDayOfWeek> Weekdays { get; private init; } = new Dictionary<string, IsoDayOfWeek>();

    public PhraseMatcher<int> Numbers { get; private init; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, TimeUnit> Units { get; private init; } = new Dictionary<string, TimeUnit>();

    public PhraseMatcher<RelativePhrase> Relative { get; private init; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlySet<string> AgoWords { get; private init; } = new HashSet<string>();

    /// <summary>Phrases counted from the date the text named last ("the next day" is day +1): see <see cref="AnaphoricTime"/>.</summary>
    public PhraseMatcher<RelativePhrase> Anaphoric { get; private init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after "N units" that count forward from the date named last ("two days later").</summary>
    public IReadOnlySet<string> LaterWords { get; private init; } = new HashSet<string>();

    /// <summary>Words after "N units" that count back from the date named last ("a day earlier").</summary>
    public IReadOnlySet<string> EarlierWords { get; private init; } = new HashSet<string>();

    /// <summary>
    /// Words after "N units" and before a clause, following a comma, that put the clause's event that much before the date
    /// named last ("on April 7, two weeks after he agreed ..."): <c>after</c>.
    /// </summary>
    public IReadOnlySet<string> EarlierClauseWords { get; private init; } = new HashSet<string>();

    /// <summary>The same for a clause's event that much after the date named last ("on May 2, two days before she left"): <c>before</c>.</summary>
    public IReadOnlySet<string> LaterClauseWords { get; private init; } = new HashSet<string>();

    /// <summary>Words that open a clause after those words as its subject ("he", "they").</summary>
    public IReadOnlySet<string> SubjectPronouns { get; private init; } = new HashSet<string>();

    public IReadOnlySet<string> MonthCues { get; private init; } = new HashSet<string>();

    public IReadOnlySet<string> SinceWords { get; private init; } = new HashSet<string>();

    public IReadOnlySet<string> RangeWords { get; private init; } = new HashSet<string>();

    public IReadOnlySet<string> RangeOpeners { get; private init; } = new HashSet<string>();

    public IReadOnlySet<string> FutureMarkers { get; private init; } = new HashSet<string>();

    /// <summary>Future markers that are nouns after a noun opener ("Sylvania's plan"): no marker after a past act.</summary>
    public IReadOnlySet<string> NounFutureMarkers { get; private init; } = new HashSet<string>();

    /// <summary>Words that open a noun phrase ("the", "its", "'s"), before a noun future marker.</summary>
    public IReadOnlySet<string> NounOpeners { get; private init; } = new HashSet<string>();

    /// <summary>Words before "week of" and a month ("the last week of March"): the expression names the month.</summary>
    public IReadOnlySet<string> WeekOrdinals { get; private init; } = new HashSet<string>();

    /// <summary>Days named for what falls on them every year ("New Year's Day", "Christmas Eve"), as month and day.</summary>
    public PhraseMatcher<(int Month, int Day)> Holidays { get; private init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Season names ("summer", "autumn", "fall") and their first and last months, each within one year.</summary>
    public IReadOnlyDictionary<string, (int First, int Last)> Seasons { get; private init; } = new Dictionary<string, (int, int)>();

    /// <summary>Season names that are also common words ("fall"): read as seasons only after "the", "last", "this" or "next".</summary>
    public IReadOnlySet<string> AmbiguousSeasons { get; private init; } = new HashSet<string>();

    /// <summary>"early" → (0, 3): the years of a decade an "early/mid/late 2010s" covers.</summary>
    public IReadOnlyDictionary<string, (int From, int To)> DecadeParts { get; private init; } = new Dictionary<string, (int, int)>();

    internal static Outcome<TimeWords> From(TimeWordsFileModel model, string path)
    {
        StraitError Bad(string what) => new(ErrorCodes.KnowledgeFile, what, path, "Fix the entry as described in data/README.md (data/text/time-words.yaml).");

        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var month in model.Months)
        {
            if (month.Number is < 1 or > 12)
            {
                return Outcome<TimeWords>.Fail(Bad($"Month number {month.Number} is not 1 to 12"));
            }

            foreach (var name in month.Names)
            {
                months[name] = month.Number;
            }
        }

        var weekdays = new Dictionary<string, IsoDayOfWeek>(StringComparer.Ordinal);
        foreach (var weekday in model.Weekdays)
        {
            if (!Enum.TryParse<IsoDayOfWeek>(weekday.Day, out var day) || day == IsoDayOfWeek.None)
            {
                return Outcome<TimeWords>.Fail(Bad($"'{weekday.Day}' is not a weekday name (Monday ... Sunday)"));
            }

            foreach (var name in weekday.Names)
            {
                weekdays[name] = day;
            }
        }

        var numbers = new PhraseMatcher<int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, value) in model.Numbers)
        {
            numbers.Add(Split(phrase), value);
        }

        var units = new Dictionary<string, TimeUnit>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in model.Units)
        {
            if (!Enum.TryParse<TimeUnit>(unit.Unit, ignoreCase: true, out var parsed))
            {
                return Outcome<TimeWords>.Fail(Bad($"'{unit.Unit}' is not a unit (day, week, month, year, decade)"));
            }

            foreach (var word in unit.Words)
            {
                units[word] = parsed;
            }
        }

        var relative = new PhraseMatcher<RelativePhrase>(StringComparer.OrdinalIgnoreCase);
        foreach (var phrase in model.Relative)
        {
            if (!Enum.TryParse<TimeUnit>(phrase.Unit, ignoreCase: true, out var unit) || unit == TimeUnit.Decade)
            {
                return Outcome<TimeWords>.Fail(Bad($"The relative phrase '{phrase.Phrase}' has unit '{phrase.Unit}'; use day, week, month, year or none"));
            }

            if (!Enum.TryParse<RelativePart>(phrase.Part, ignoreCase: true, out var part) ||
                (part is RelativePart.Earlier or RelativePart.Later && (phrase.Offset != 0 || unit is TimeUnit.Day or TimeUnit.None)) ||
                (part == RelativePart.Weekend && (phrase.Offset is not (0 or -1) || unit != TimeUnit.Week)))
            {
                return Outcome<TimeWords>.Fail(Bad($"The relative phrase '{phrase.Phrase}' has part '{phrase.Part}'; use whole, earlier or later, earlier or later only with offset 0 of a week, month or year, and weekend only with offset 0 or -1 of a week"));
            }

            relative.Add(Split(phrase.Phrase), new RelativePhrase(phrase.Phrase, unit, phrase.Offset, part));
        }

        var anaphoric = new PhraseMatcher<RelativePhrase>(StringComparer.OrdinalIgnoreCase);
        foreach (var phrase in model.Anaphoric)
        {
            if (!Enum.TryParse<TimeUnit>(phrase.Unit, ignoreCase: true, out var unit) || unit is TimeUnit.None or TimeUnit.Decade)
            {
                return Outcome<TimeWords>.Fail(Bad($"The anaphoric phrase '{phrase.Phrase}' has unit '{phrase.Unit}'; use day, week, month or year"));
            }

            anaphoric.Add(Split(phrase.Phrase), new RelativePhrase(phrase.Phrase, unit, phrase.Offset));
        }

        var parts = new Dictionary<string, (int, int)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, range) in model.DecadeParts)
        {
            if (range.Count != 2 || range[0] < 0 || range[1] > 9 || range[1] < range[0])
            {
                return Outcome<TimeWords>.Fail(Bad($"The decade part '{word}' needs two years 0-9, first not after second"));
            }

            parts[word] = (range[0], range[1]);
        }

        var holidays = new PhraseMatcher<(int Month, int Day)>(StringComparer.OrdinalIgnoreCase);
        foreach (var holiday in model.Holidays)
        {
            if (holiday.Month is < 1 or > 12 || holiday.Day < 1 || holiday.Day > DateTime.DaysInMonth(2000, holiday.Month) || holiday.Names.Count == 0)
            {
                return Outcome<TimeWords>.Fail(Bad($"The holiday '{string.Join(", ", holiday.Names)}' needs names and a valid month (1-12) and day"));
            }

            foreach (var name in holiday.Names)
            {
                foreach (var apostrophe in new[] { "'", "’" })
                {
                    // The tokenizer splits a possessive ending off its word ("Year's" is "Year" and "'s").
                    holidays.Add(Split(name.Replace("'s", $" {apostrophe}s", StringComparison.Ordinal).Replace("’s", $" {apostrophe}s", StringComparison.Ordinal)), (holiday.Month, holiday.Day));
                }
            }
        }

        var seasons = new Dictionary<string, (int, int)>(StringComparer.OrdinalIgnoreCase);
        foreach (var season in model.Seasons)
        {
            if (season.Months.Count != 2 || season.Months[0] is < 1 or > 12 || season.Months[1] < season.Months[0] || season.Months[1] > 12)
            {
                return Outcome<TimeWords>.Fail(Bad($"The season '{string.Join(", ", season.Names)}' needs two months 1-12 of one year, first not after last"));
            }

            foreach (var name in season.Names)
            {
                seasons[name] = (season.Months[0], season.Months[1]);
            }
        }

        return Outcome<TimeWords>.Ok(new TimeWords
        {
            Seasons = seasons,
            Holidays = holidays,
            AmbiguousSeasons = Set(model.AmbiguousSeasons),
            Months = months,
            AmbiguousMonths = new HashSet<string>(model.AmbiguousMonths, StringComparer.Ordinal),
            Weekdays = weekdays,
            Numbers = numbers,
            Units = units,
            Relative = relative,
            AgoWords = Set(model.AgoWords),
            Anaphoric = anaphoric,
            LaterWords = Set(model.LaterWords),
            EarlierWords = Set(model.EarlierWords),
            EarlierClauseWords = Set(model.EarlierClauseWords),
            LaterClauseWords = Set(model.LaterClauseWords),
            SubjectPronouns = Set(model.SubjectPronouns),
            MonthCues = Set(model.MonthCues),
            SinceWords = Set(model.SinceWords),
            RangeWords = Set(model.RangeWords),
            RangeOpeners = Set(model.RangeOpeners),
            FutureMarkers = Set(model.FutureMarkers),
            NounFutureMarkers = Set(model.NounFutureMarkers),
            NounOpeners = Set(model.NounOpeners),
            DecadeParts = parts,
            WeekOrdinals = Set(model.WeekOrdinals),
        });
    }

    private static HashSet<string> Set(IEnumerable<string> words) => new(words, StringComparer.OrdinalIgnoreCase);

    private static string[] Split(string phrase) => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

internal sealed class TimeWordsFileModel
{
    public List<MonthModel> Months { get; set; } = [];

    public List<string> AmbiguousMonths { get; set; } = [];

    public List<WeekdayModel> Weekdays { get; set; } = [];

    public Dictionary<string, int> Numbers { get; set; } = [];

    public List<UnitModel> Units { get; set; } = [];

    public List<RelativeModel> Relative { get; set; } = [];

    public List<string> AgoWords { get; set; } = [];

    public List<RelativeModel> Anaphoric { get; set; } = [];

    public List<string> LaterWords { get; set; } = [];

    public List<string> EarlierWords { get; set; } = [];

    public List<string> EarlierClauseWords { get; set; } = [];

    public List<string> LaterClauseWords { get; set; } = [];

    public List<string> SubjectPronouns { get; set; } = [];

    public List<string> MonthCues { get; set; } = [];

    public List<string> SinceWords { get; set; } = [];

    public List<string> RangeWords { get; set; } = [];

    public List<string> RangeOpeners { get; set; } = [];

    public List<string> FutureMarkers { get; set; } = [];

    public List<string> NounFutureMarkers { get; set; } = [];

    public List<string> NounOpeners { get; set; } = [];

    public Dictionary<string, List<int>> DecadeParts { get; set; } = [];

    public List<string> WeekOrdinals { get; set; } = [];

    public List<SeasonModel> Seasons { get; set; } = [];

    public List<HolidayModel> Holidays { get; set; } = [];

    public List<string> AmbiguousSeasons { get; set; } = [];
}

internal sealed class HolidayModel
{
    public List<string> Names { get; set; } = [];

    public int Month { get; set; }

    public int Day { get; set; }
}

internal sealed class SeasonModel
{
    public List<string> Names { get; set; } = [];

    public List<int> Months { get; set; } = [];
}

internal sealed class MonthModel
{
    public int Number { get; set; }

    public List<string> Names { get; set; } = [];
}

internal sealed class WeekdayModel
{
    public string Day { get; set; } = "";

    public List<string> Names { get; set; } = [];
}

internal sealed class UnitModel
{
    public string Unit { get; set; } = "";

    public List<string> Words { get; set; } = [];
}

internal sealed class RelativeModel
{
    public string Phrase { get; set; } = "";

    public string Unit { get; set; } = "";

    public int Offset { get; set; }

    public string Part { get; set; } = "whole";
}
