using NodaTime;
using Strait.Core.Actors;
using Strait.Core.Events;
using Strait.Core.Knowledge;
using Strait.Core.Time;
using Strait.Text.Dating;
using Strait.Text.Pipeline;
using Strait.Text.Times;

namespace Strait.Text.Tests.Dating;

/// <summary>A made-up world for the dating tests: Freedonia and Sylvania, their office holders and an almanac.</summary>
internal static class DatingTestWorld
{
    public static readonly IReadOnlyList<AlmanacEntry> Almanac =
    [
        Entry("2019-06-28/2019-06-29", "Fredville summit", "summit of the Nine in Fredville", "Group of Nine summit in Fredville"),
        Entry("2016-03", "Sylburg accord", "Sylburg accord"),
        Entry("2021-11-07", "Marsh Island clash", "Marsh Island clash"),
        Entry("2010-05", "Lakeside summit (first)", "Lakeside summit"),
        Entry("2014-05", "Lakeside summit (second)", "Lakeside summit"),
        Entry("2019-11-10", "Harbour accord", "Harbour accord"),
    ];

    /// <summary>Segments <paramref name="text"/> and infers its publication date from this world's people and the given almanac and cues.</summary>
    public static TextDocument Infer(string text, IReadOnlyList<AlmanacEntry> almanac, DatingCues cues)
    {
        var document = TestText.Segmented(text);
        var finder = new TimeExpressionFinder(TestText.Resources.TimeWords);
        new PublicationDateInference(almanac, TestText.Resources, finder, Registry, cues).Process(document);
        return document;
    }

    public static readonly ActorRegistry Registry = new(
        [
            new Country("FRE", ["Freedonia"], ["Freedonian"], ["Freedonians"], ["Fredville"], "made up"),
            new Country("SYL", ["Sylvania"], ["Sylvanian"], ["Sylvanians"], ["Sylburg"], "made up"),
        ],
        [
            Person("Rufus Firefly", "FRE", "president", ("2010-03-01", "2014-02-28"), ("2018-03-01", null)),
            Person("Trentino", "SYL", "prime minister", ("2016-06-01", "2020-05-31")),
            Person("Chicolini", "SYL", "prime minister", ("2020-06-01", null)),
            Person("Pinky Hart", "FRE", "chairman", ("2019-06-01", "2020-12-31")),
            Person("Zeppo", "FRE", "defense secretary", ("2019-01-01", "2019-12-31")),
            Person("Harpo", "FRE", "foreign minister", ("2019-06-01", "2020-01-10")),
        ],
        [],
        []);

    public static readonly DatingCues Cues = DatingCues.Load(TestData.DataDirectory()).Value;

    private static AlmanacEntry Entry(string when, string summary, params string[] aliases) =>
        new(new CodedEvent(EventType.CONSULT, EventStatus.Occurred, ActorCode.Of("FRE"), ActorCode.Of("SYL"),
            PartialDate.ParseExact(when), Issue.Diplomacy, [Evidence.FromSource(summary, "made up")], 1.0), summary, "made up", aliases, null);

    private static Person Person(string name, string country, string title, params (string From, string? To)[] terms) =>
        new(name, [], terms.Select(t => new RoleTerm(ActorCode.Of(country, ActorRole.GOV), title, LocalDate.FromDateTime(DateTime.Parse(t.From)),
            t.To is null ? null : LocalDate.FromDateTime(DateTime.Parse(t.To)), "made up")).ToList());
}
