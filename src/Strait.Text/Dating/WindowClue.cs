using NodaTime;
using Strait.Text.Pipeline;

namespace Strait.Text.Dating;

/// <summary>
/// A piece of evidence that the document was published on one of the days of <see cref="Ranges"/>: an almanac
/// event named relative to now (<c>event</c>), a person named with a present, former or new title (<c>role</c>).
/// </summary>
public sealed record WindowClue(TextSpan Span, string Kind, IReadOnlyList<DateInterval> Ranges);

/// <summary>
/// A dated event the text refers to without saying how long ago: done (<see cref="Scheduled"/> false: published
/// after it) or scheduled (published shortly before it). <see cref="Candidates"/> holds every date the words may
/// mean (an alias shared by several almanac events); only a single candidate inside the window fixes a point.
/// </summary>
public sealed record DateAnchor(TextSpan Span, IReadOnlyList<DateInterval> Candidates, bool Scheduled);

/// <summary>
/// A date the text gives without its year, read against the window year by year: "in July this year" (a month
/// of the publication year plus <see cref="YearOffset"/>), "will expire on November 23" (a scheduled day), "will
/// take place in February" (a scheduled month: <see cref="ThroughMonth"/>, from its first day to its last). A day
/// named with its weekday ("on Monday, Aug. 3") falls on that <see cref="Weekday"/>, in the days just around publication.
/// </summary>
public sealed record YearlessDate(TextSpan Span, int Month, int Day, int YearOffset, bool Scheduled, bool WholeMonth, bool ThroughMonth = false, IsoDayOfWeek? Weekday = null);
