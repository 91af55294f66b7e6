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
    private static List<string> Dates(string text, PartialDate published, params AlmanacEntry[] almanac) =>
        Code(text, published, almanac).Select(e => $"{e.When} {e.Type}").ToList();

    /// <summary>The events coded from <paramref name="text"/>, in order, as "WHEN TYPE STATUS".</summary>
    private static List<string> DatesAndStatus(string text, PartialDate published) =>
        Code(text, published).Select(e => $"{e.When} {e.Type} {e.Status}").ToList();

    private static List<CodedEvent> Code(string text, PartialDate published, params AlmanacEntry[] almanac)
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
        return [.. document.Events];
    }

    [Theory]
    // A year-less day of a past event is the latest such day before publication, not the nearest one.
    [InlineData("Freedonia imposed tariffs on Sylvania on July 4.", "2031-07-04 SANCTION")]
    // A past day stays put for a planned event: only a bare weekday moves to the coming week.
    [InlineData("Sylvania answered on August 12 by announcing plans to impose tariffs on Freedonia.", "2031-08-12 SANCTION")]
    [InlineData("Freedonia will meet Sylvania on Sunday.", "2032-01-25 CONSULT")]
    // A day given as a plan's ("announced for March 3") is the nearest such day, and a plan.
    [InlineData("Freedonia's state visit to Sylvania, announced for March 3, is meant to show resolve.", "2032-03-03 CONSULT")]
    // A weekday that dates the report of a plan is the past one.
    [InlineData("Sylvania said on Monday that it would meet Freedonia.", "2032-01-19 CONSULT")]
    // A weekday after the report of a refusal dates the report, even after "will not".
    [InlineData("Freedonia will not attend the summit in Sylvania, its foreign ministry said on Monday.", "2032-01-19 REJECT")]
    // A time after "than" is the other term of a comparison, not the act's date.
    [InlineData("Freedonia threatened Sylvania with a response worse than last month's.", "2032-01-20 THREATEN")]
    // A year-less month of a planned event is the coming one.
    [InlineData("Freedonia will meet Sylvania near the end of March.", "2032-03 CONSULT")]
    [InlineData("Freedonia met Sylvania in March.", "2031-03 CONSULT")]
    [InlineData("Freedonia will meet Sylvania on February 3.", "2032-02-03 CONSULT")]
    public void ReadsAYearlessDateForTheEventsStatus(string text, string expected) =>
        Assert.Contains(expected, Dates(text, PartialDate.Day(2032, 1, 20)));

    [Fact]
    public void GivesNoComingTimeOfAnEarlierClauseToAPastActOfALaterOne()
    {
        var dates = Dates("Freedonia proposed to host the games next year, and Sylvania thanked Freedonia.", PartialDate.Day(2032, 1, 20));

        Assert.Contains("2032-01-20 SUPPORT", dates);
    }

    [Fact]
    public void DatesAnEventByTheDateTheParagraphNamedLast()
    {
        var dates = Dates("Freedonia imposed tariffs on Sylvania on May 3. The next day, Sylvania criticized Freedonia.", PartialDate.Day(2032, 1, 20));

        Assert.Equal(["2031-05-03 SANCTION", "2031-05-04 ACCUSE"], dates);
    }

    [Theory]
    // "within hours", "hours later" and "the next evening" count from the day the text named last.
    [InlineData("Freedonia imposed tariffs on Sylvania on May 3. Sylvania criticized Freedonia within hours.", "2031-05-03 ACCUSE")]
    [InlineData("Freedonia imposed tariffs on Sylvania on May 3. Hours later, Sylvania criticized Freedonia.", "2031-05-03 ACCUSE")]
    [InlineData("Freedonia imposed tariffs on Sylvania on May 3. The next evening, Sylvania criticized Freedonia.", "2031-05-04 ACCUSE")]
    [InlineData("Freedonia imposed tariffs on Sylvania on May 3. Sylvania had criticized Freedonia the night before.", "2031-05-02 ACCUSE")]
    [InlineData("Freedonia imposed tariffs on Sylvania on May 3. Sylvania criticized Freedonia later that night.", "2031-05-03 ACCUSE")]
    [InlineData("Freedonia imposed tariffs on Sylvania on Wednesday, May 7. Sylvania criticized Freedonia the week before.", "2031-04-28/2031-05-04 ACCUSE")]
    public void DatesAnEventHoursOrAnEveningFromTheDayNamedLast(string text, string expected) =>
        Assert.Contains(expected, Dates(text, PartialDate.Day(2032, 1, 20)));

    [Fact]
    public void DatesADecisionReportedWithoutADateByTheParagraphsDay()
    {
        // "said it would ..." reports a decision taken when reported: the day the paragraph names, not the month.
        var dates = Dates("On Tuesday Freedonia imposed tariffs on Sylvania. Sylvania said it would withdraw its complaint against Freedonia.", PartialDate.Day(2032, 1, 16));

        Assert.Equal(["2032-01-13 SANCTION", "2032-01-13 RETREAT"], dates);
    }

    [Fact]
    public void DatesAStatementReportedWithoutADateByTheParagraphsDay()
    {
        // "said it condemns ...": what a statement reports is dated by the day the paragraph names, though not in the past tense.
        var dates = Dates("On Tuesday Freedonia imposed tariffs on Sylvania. Sylvania said it condemns Freedonia.", PartialDate.Day(2032, 1, 16));

        Assert.Contains("2032-01-13 ACCUSE", dates);
    }

    [Fact]
    public void LeavesTheDateOfARelativeClauseAfterTheTriggerToItsVerb()
    {
        // "that it imposed in 2029" dates the imposing, not the lifting (which its paragraph places in January 2032).
        var dates = Dates("Ostrava waited in January 2032. Freedonia lifted the tariffs on Sylvania that it imposed in 2029.", PartialDate.Month(2032, 1));

        Assert.Contains("2032-01 RETREAT", dates);
        Assert.DoesNotContain("2029 RETREAT", dates);
    }

    [Theory]
    // A relative clause opened by a preposition and "which" states what the dated event said or did: it shares the date.
    [InlineData("Ostrava waited in January 2032. Sylvania recalled the 2029 joint declaration in which Freedonia apologized to Sylvania.", "2029 CONCEDE")]
    // Without one the year is the declaration's alone.
    [InlineData("Ostrava waited in January 2032. Sylvania recalled the 2029 joint declaration when Freedonia apologized to Sylvania.", "2032-01 CONCEDE")]
    public void DatesAnEventStatedInARelativeClauseOfADatedEventByItsDate(string text, string expected) =>
        Assert.Contains(expected, Dates(text, PartialDate.Month(2032, 1)));

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
    // Unqualified, "the war" is the Second World War; a war the text names is read by its own name.
    [InlineData("Freedonia attacked Sylvania during the war.", "1939/1945 ASSAULT")]
    [InlineData("Freedonia forced Sylvania's workers into wartime labour.", "1939/1945 COERCE")]
    public void DatesAnEventByTheNamedPeriodItHappenedIn(string text, string expected) =>
        Assert.Contains(expected, Dates(text, PartialDate.Day(2032, 1, 20)));

    [Theory]
    // Future constructions of news English make the event planned, dated to the future date of its clause.
    [InlineData("Freedonia is poised to impose tariffs on Sylvania.", "2032-01 SANCTION Planned")]
    [InlineData("Freedonia is likely to impose tariffs on Sylvania next month.", "2032-02 SANCTION Planned")]
    [InlineData("Freedonia's talks with Sylvania are scheduled for March.", "2032-03 CONSULT Planned")]
    [InlineData("Freedonia's talks with Sylvania will be held in Fredville in May.", "2032-05 CONSULT Planned")]
    [InlineData("Freedonia was expected to meet Sylvania for the first time next week.", "2032-01-26/2032-02-01 CONSULT Planned")]
    [InlineData("Freedonia's forthcoming visit to Sylvania drew little attention in May.", "2032-05 CONSULT Planned")]
    // A date after publication is still to come, whatever the verb ("would be held").
    [InlineData("Freedonia's next summit with Sylvania takes place in 2033.", "2033 CONSULT Planned")]
    // "later this month" points ahead of the writing: the rest of the month after its day.
    [InlineData("Freedonia's summit with Sylvania in Fredville later this month drew attention.", "2032-01-21/2032-01-31 CONSULT Planned")]
    // A past verb with its own past date stays an event that happened.
    [InlineData("Freedonia imposed tariffs on Sylvania in May.", "2031-05 SANCTION Occurred")]
    public void ReadsAFutureConstructionAsPlanned(string text, string expected) =>
        Assert.Contains(expected, DatesAndStatus(text, PartialDate.Day(2032, 1, 20)));

    [Fact]
    public void DatesADecisionWithNoDateOfItsOwnByItsReport()
    {
        var dates = DatesAndStatus("Freedonia changed course in March, when its government announced that it would impose tariffs on Sylvania.",
            PartialDate.Day(2032, 1, 20));

        Assert.Contains("2031-03 SANCTION Occurred", dates);
    }

    [Theory]
    // A reported decision is planned only when the plan has a date of its own still to come.
    [InlineData("Freedonia said on Monday that it would meet Sylvania on Sunday.", "2032-01-25 CONSULT Planned")]
    [InlineData("Freedonia said that it would impose tariffs on Sylvania next month.", "2032-02 SANCTION Planned")]
    [InlineData("Freedonia said on Monday that it would impose tariffs on Sylvania.", "2032-01-19 SANCTION Occurred")]
    public void ReadsAReportedDecisionAsPlannedOnlyWithAComingDate(string text, string expected) =>
        Assert.Contains(expected, DatesAndStatus(text, PartialDate.Day(2032, 1, 20)));

    [Theory]
    // "on the day ...", "hours before ...": the day of the event named with it, the day the text named last.
    [InlineData("Freedonia imposed tariffs on Sylvania on May 3. On the day the tariffs took effect, Sylvania criticized Freedonia.", "2031-05-03 ACCUSE")]
    [InlineData("Freedonia imposed tariffs on Sylvania on May 3. A few hours before the tariffs took effect, Sylvania criticized Freedonia.", "2031-05-03 ACCUSE")]
    [InlineData("Freedonia imposed tariffs on Sylvania on May 3. Sylvania criticized Freedonia on the day the tariffs took effect.", "2031-05-03 ACCUSE")]
    public void DatesAnEventByTheDayOfTheEventNamedWithIt(string text, string expected) =>
        Assert.Contains(expected, Dates(text, PartialDate.Day(2032, 1, 20)));

    [Fact]
    public void PrefersTheTriggersOwnDateToOneOfAnEarlierCoordinatedClause()
    {
        var dates = Dates("The fair opens on Friday, and Freedonia will meet Sylvania and the other neighbours of the region on Saturday.", PartialDate.Day(2032, 1, 20));

        Assert.Equal(["2032-01-24 CONSULT"], dates);
    }

    [Fact]
    public void LeavesADateAfterAnotherEventVerbToThatVerb()
    {
        var dates = Dates("Freedonia will lift the tariffs on Sylvania imposed in May.", PartialDate.Day(2032, 1, 20));

        Assert.Contains("2032-01 RETREAT", dates);
        Assert.DoesNotContain(dates, d => d.EndsWith("RETREAT", StringComparison.Ordinal) && d.StartsWith("2032-05", StringComparison.Ordinal));
    }

    [Fact]
    public void LeavesTheDayOfAnEventInARunOfDaysUnresolved()
    {
        var dates = Dates("Freedonia met Sylvania last week. On the day of the summit, Sylvania criticized Freedonia.", PartialDate.Month(2032, 1));

        Assert.Contains("2032-01 ACCUSE", dates);
    }
}
