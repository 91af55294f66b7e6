using Strait.Core.Actors;
using Strait.Core.Events;
using Strait.Core.Knowledge;
using Strait.Core.Time;
using Strait.Text.Coding;
using Strait.Text.Pipeline;
using Strait.Text.Times;

namespace Strait.Text.Tests.Coding;

/// <summary>
/// How the coder dates events (<see cref="EventDating"/>, <see cref="NewsDay"/> and the time tagger's anaphoric
/// expressions), on made-up articles about invented countries with the real time tagger and pattern files.
/// </summary>
public sealed class EventDatingTest
{
    private static readonly Lazy<CodingKnowledge> Knowledge = new(() => CodingKnowledgeLoader.Load(TestData.DataDirectory()).Value);

    private static readonly (string Name, string Code, MentionKind Kind)[] Actors =
    [
        ("Freedonia", "FRE", MentionKind.Country),
        ("Sylvania", "SYL", MentionKind.Country),
    ];

    /// <summary>The dates of the events coded from <paramref name="text"/>, in order, as "WHEN TYPE".</summary>
    private static List<string> Dates(string text, PartialDate published, params AlmanacEntry[] almanac)
    {
        var document = TestText.Segmented(text, published);
        new TimeTagger(new TimeExpressionFinder(TestText.Resources.TimeWords)).Process(document);
        foreach (var (name, code, kind) in Actors)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                document.Actors.Add(new ActorMention(new TextSpan(at, at + name.Length), ActorCode.ParseExact(code), kind, name));
            }
        }

        document.Actors.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var knowledge = Knowledge.Value;
        new EventCoder(knowledge, new AlmanacDating(almanac, knowledge.Stemmer, knowledge.TypeFamilies, knowledge.CommonWords)).Process(document);
        return document.Events.Select(e => $"{e.When} {e.Type}").ToList();
    }

    [Theory]
    // A year-less day of a past event is the latest such day before publication, not the nearest one.
    [InlineData("Freedonia imposed tariffs on Sylvania on July 4.", "2031-07-04 SANCTION")]
    // A past day stays put for a planned event: only a bare weekday moves to the coming week.
    [InlineData("Sylvania answered on August 12 by announcing plans to impose tariffs on Freedonia.", "2031-08-12 SANCTION")]
    [InlineData("Freedonia will meet Sylvania on Sunday.", "2032-01-25 CONSULT")]
    // A weekday that dates the report of a plan is the past one.
    [InlineData("Sylvania said on Monday that it would meet Freedonia.", "2032-01-19 CONSULT")]
    // A year-less month of a planned event is the coming one.
    [InlineData("Freedonia will meet Sylvania near the end of March.", "2032-03 CONSULT")]
    [InlineData("Freedonia met Sylvania in March.", "2031-03 CONSULT")]
    [InlineData("Freedonia will meet Sylvania on February 3.", "2032-02-03 CONSULT")]
    public void ReadsAYearlessDateForTheEventsStatus(string text, string expected) =>
        Assert.Contains(expected, Dates(text, PartialDate.Day(2032, 1, 20)));

    [Fact]
    public void DatesAnEventByTheDateTheParagraphNamedLast()
    {
        var dates = Dates("Freedonia imposed tariffs on Sylvania on May 3. The next day, Sylvania criticized Freedonia.", PartialDate.Day(2032, 1, 20));

        Assert.Equal(["2031-05-03 SANCTION", "2031-05-04 ACCUSE"], dates);
    }

    [Fact]
    public void DatesTheNewsPegByTheLeadsOwnDay()
    {
        var dates = Dates("FREDVILLE — Freedonia imposed tariffs on Sylvania on Thursday.\n\nSylvania criticized Freedonia.", PartialDate.Day(2032, 1, 16));

        Assert.Equal(["2032-01-15 SANCTION", "2032-01-15 ACCUSE"], dates);
    }

    [Fact]
    public void ReadsADateBeforeACommaAsNoModifierOfTheNounAfterIt()
    {
        var dates = Dates("On May 4, trade policy aside, Freedonia criticized Sylvania.", PartialDate.Month(2032, 1));

        Assert.Contains("2031-05-04 ACCUSE", dates);
    }

    [Fact]
    public void LeavesADateOfALaterCoordinatedClauseToThatClausesEvent()
    {
        var dates = Dates("Freedonia criticized Sylvania, and on May 2 Sylvania imposed tariffs on Freedonia.", PartialDate.Day(2032, 1, 20));

        Assert.Contains("2031-05-02 SANCTION", dates);
        Assert.Contains("2032-01-20 ACCUSE", dates);
    }

    [Fact]
    public void DatesAnEventFarFromTheOnlyDateOfItsClause()
    {
        var dates = Dates("In May, a group of farmers, together with their many friends and partners from the small towns of the north and " +
            "the south, held a long and noisy rally, just as Freedonia imposed tariffs on Sylvania.", PartialDate.Day(2032, 1, 20));

        Assert.Equal(["2031-05 SANCTION"], dates);
    }

    [Fact]
    public void ReadsAPossessiveAfterANameAsNoPresentTense()
    {
        var dates = Dates("FREDVILLE — Freedonia imposed tariffs on Sylvania on Thursday.\n\nSylvania's president criticized Freedonia.", PartialDate.Day(2032, 1, 16));

        Assert.Equal(["2032-01-15 SANCTION", "2032-01-15 ACCUSE"], dates);
    }

    [Fact]
    public void PassesOverTheDatelineForTheLeadsOwnDay()
    {
        var dates = Dates("FREDVILLE, Jan. 16 — Freedonia imposed tariffs on Sylvania on Thursday.\n\nSylvania criticized Freedonia.", PartialDate.Day(2032, 1, 16));

        Assert.Equal(["2032-01-15 SANCTION", "2032-01-15 ACCUSE"], dates);
    }

    [Fact]
    public void PrefersTheReportsOwnDayToARecentAlmanacEntryOfAnotherDay()
    {
        var earlier = new AlmanacEntry(new CodedEvent(EventType.ACCUSE, EventStatus.Occurred, ActorCode.ParseExact("SYLGOV"), ActorCode.ParseExact("FREGOV"),
            PartialDate.Day(2032, 1, 9), Issue.History, [], 1), "Sylvania criticizes the Freedonian statue", "made up", [], null);
        var dates = Dates("FREDVILLE — Freedonia imposed tariffs on Sylvania on Thursday.\n\nSylvania criticized Freedonia over the statue.",
            PartialDate.Day(2032, 1, 16), earlier);

        Assert.Equal(["2032-01-15 SANCTION", "2032-01-15 ACCUSE"], dates);
    }

    [Theory]
    [InlineData("Freedonia attacked Sylvania during the Korean War.", "1950/1953 ASSAULT")]
    [InlineData("Freedonia attacked Sylvania in the Second World War, under colonial rule.", "1939/1945 ASSAULT")]
    [InlineData("Freedonia attacked Sylvania in the Second World War.", "1939/1945 ASSAULT")]
    [InlineData("Freedonia attacked Sylvania during World War Two.", "1939/1945 ASSAULT")]
    public void DatesAnEventByTheNamedPeriodItHappenedIn(string text, string expected) =>
        Assert.Contains(expected, Dates(text, PartialDate.Day(2032, 1, 20)));
}
