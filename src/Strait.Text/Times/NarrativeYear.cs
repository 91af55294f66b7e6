using NodaTime;
using Strait.Core.Time;

namespace Strait.Text.Times;

/// <summary>
/// The year a retelling gives a day or month named without one: "Freedonia tightened its controls on July 1, 2029. A month
/// later, on Aug. 2, it struck Sylvania off its list", read in a piece of 2035, is August 2029, not August 2034. A year-less
/// day or month (not marked as coming) follows the retelling when a date with its year (a day or a month) was named at most
/// <see cref="MaxSentences"/> sentences before and the day falls within <see cref="MaxDaysAfter"/> days after it, while
/// read from the publication date it would lie more than <see cref="RecentDays"/> days back: a date that recent is
/// the news of the day, which reports often give after a sentence of background. Each date so read anchors the next.
/// </summary>
public sealed class NarrativeYear(PartialDate? published)
{
    /// <summary>How many sentences after a dated one a year-less date may stand and still continue its story.</summary>
    public const int MaxSentences = 4;

    /// <summary>How many days after the last dated day of the story a year-less date may begin.</summary>
    public const int MaxDaysAfter = 92;

    /// <summary>How many days before publication a year-less date may lie and still be read as the news of the day.</summary>
    public const int RecentDays = 60;

    private PartialDate? _anchor;
    private int _anchorSentence = int.MinValue;

    /// <summary>
    /// The reference re-read in the story's year (a year offset from the publication year), or the reference itself;
    /// <paramref name="when"/> is its date read from the publication date. A year the story itself reaches
    /// (<paramref name="yearOfStory"/>: "In 2030 ...", "Then came 2030.") anchors the months of that year that follow.
    /// </summary>
    public TimeReference Read(TimeReference reference, PartialDate? when, int sentence, bool yearOfStory = false)
    {
        if (reference is AbsoluteTime { When: var named } &&
            (named.Precision is DatePrecision.Day or DatePrecision.Month || yearOfStory && named.Precision == DatePrecision.Year))
        {
            Anchor(named, sentence);
            return reference;
        }

        if (published is null || when is null || _anchor is null || sentence - _anchorSentence > MaxSentences ||
            when.Start.Year >= published.Start.Year || Period.DaysBetween(when.End, published.Start) <= RecentDays)
        {
            return reference;
        }

        var retold = reference switch
        {
            DayOfYear { Ahead: false, YearOffset: null } day => InStory(y => TimeResolver.InYear(y, day.Month, day.Day, day.LastDay)),
            MonthOfYear { Relation: MonthRelation.Latest } month => InStory(y => PartialDate.Month(new YearMonth(y, month.Month))),
            _ => null,
        };
        if (retold is null)
        {
            return reference;
        }

        Anchor(retold, sentence);
        if (retold.Start.Year == when.Start.Year)
        {
            return reference;
        }

        return InYear(reference, retold.Start.Year - published.Start.Year);
    }

    /// <summary>
    /// A year-less day or month re-read in the year <paramref name="offset"/> years from the publication year ("on Aug. 2"
    /// of a retelling, "in May of that year"); any other reference as it is.
    /// </summary>
    public static TimeReference InYear(TimeReference reference, int offset) => reference switch
    {
        DayOfYear day => day with { YearOffset = offset },
        MonthOfYear month => month with { Relation = MonthRelation.InYear, YearOffset = offset },
        _ => reference,
    };

    private void Anchor(PartialDate date, int sentence)
    {
        _anchor = date;
        _anchorSentence = sentence;
    }

    /// <summary>The first such day or month of the anchor's year or the next that begins on or after the anchor's start, within the reach.</summary>
    private PartialDate? InStory(Func<int, PartialDate?> inYear)
    {
        var from = _anchor!.Start;
        for (var year = from.Year; year <= from.Year + 1; year++)
        {
            if (inYear(year) is { } candidate && candidate.End >= from)
            {
                // "Then came 2030. In March ...": a year named on its own holds the months of that year.
                var reach = _anchor.Precision == DatePrecision.Year ? Period.DaysBetween(from, _anchor.End) : MaxDaysAfter;
                return Period.DaysBetween(from, candidate.Start) <= reach ? candidate : null;
            }
        }

        return null;
    }
}
