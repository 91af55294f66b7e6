using System.Text.RegularExpressions;
using Strait.Core.Actors;
using Strait.Core.Events;
using Strait.Core.Knowledge;
using Strait.Core.Time;
using Strait.Text.Coding;
using Strait.Text.Pipeline;

namespace Strait.Text.Tests.Coding;

/// <summary>
/// The coder's rules that need more than one sentence or an almanac, on made-up text with a small made-up
/// pattern list and the real cue and issue files.
/// </summary>
public sealed class EventCoderTest
{
    private const string Patterns = """
        patterns:
          - type: SANCTION
            phrases: ["retaliate", "impose * tariffs"]
          - type: CONSULT
            symmetric: true
            phrases: ["meet", "talk with"]
        """;

    private static readonly Lazy<CodingKnowledge> Knowledge = new(() =>
    {
        var data = TestData.DataDirectory();
        var cues = Regex.Replace(File.ReadAllText(Path.Combine(data, CodingKnowledgeLoader.CuesFile)), @"(?m)^main_countries:.*$", "main_countries: [FRE, SYL, OST]");
        return CodingKnowledgeLoader.FromText(Patterns, cues, File.ReadAllText(Path.Combine(data, CodingKnowledgeLoader.IssuesFile))).Value;
    });

    private static readonly (string, string, MentionKind)[] Actors =
    [
        ("Freedonia", "FRE", MentionKind.Country),
        ("Sylvania", "SYL", MentionKind.Country),
        ("Sylvanian", "SYL", MentionKind.Country),
        ("Ostrava", "OST", MentionKind.Country),
        ("Fredville", "FREGOV", MentionKind.Metonym),
    ];

    private static AlmanacEntry Entry(string when, EventType type, string source, string target, string summary) =>
        new(new CodedEvent(type, EventStatus.Occurred, ActorCode.ParseExact(source), ActorCode.ParseExact(target), PartialDate.ParseExact(when),
            Issue.Trade, [], 1), summary, "made up", [], null);

    /// <summary>Tags the text as one paragraph per line, one sentence per line, and codes it.</summary>
    private static List<string> Code(string text, params AlmanacEntry[] almanac)
    {
        var lines = text.Split('\n');
        var document = MiniTagger.Tag(string.Join('\n', lines), PartialDate.Day(2031, 6, 15), Actors);
        document.Sentences.Clear();
        document.Paragraphs.Clear();
        var start = 0;
        foreach (var line in lines)
        {
            document.Sentences.Add(new TextSpan(start, start + line.Length));
            document.Paragraphs.Add(new TextSpan(start, start + line.Length));
            start += line.Length + 1;
        }

        var knowledge = Knowledge.Value;
        var coder = new EventCoder(knowledge, new AlmanacDating(almanac, knowledge.Stemmer, knowledge.TypeFamilies, knowledge.CommonWords));
        coder.Process(document);
        return document.Events.Select(e => $"{e.When} {e.Type} {e.Source} {e.Target}").ToList();
    }

    [Fact]
    public void An_undated_past_event_takes_the_date_of_the_almanac_entry_it_fits()
    {
        var events = Code("Fredville retaliated with tariffs on Sylvanian cheese.",
            Entry("2029-05-20", EventType.SANCTION, "FREGOV", "SYLGOV", "Freedonia imposes tariffs on Sylvanian cheese and wine"));

        Assert.Equal(["2029-05-20 SANCTION FREGOV SYLGOV"], events);
    }

    [Fact]
    public void An_event_in_the_present_keeps_the_publication_month()
    {
        var events = Code("Fredville has imposed tariffs on Sylvanian cheese.",
            Entry("2029-05-20", EventType.SANCTION, "FREGOV", "SYLGOV", "Freedonia imposes tariffs on Sylvanian cheese and wine"));

        Assert.Equal(["2031-06 SANCTION FREGOV SYLGOV"], events);
    }

    [Fact]
    public void Without_a_fitting_entry_the_publication_month_stays()
    {
        var events = Code("Fredville retaliated against Sylvania.", Entry("2029-05-20", EventType.SANCTION, "FREGOV", "SYLGOV", "Freedonia imposes tariffs on cheese"),
            Entry("2031-05-01", EventType.SANCTION, "OSTGOV", "FREGOV", "Ostrava imposes tariffs"));

        Assert.Equal(["2031-06 SANCTION FREGOV SYLGOV"], events);
    }

    [Fact]
    public void The_counterpart_is_the_other_country_named_most_in_the_paragraph_and_the_one_before()
    {
        // Sylvania is the article's most-mentioned other country, but this passage is about Ostrava.
        var events = Code("Sylvania, Sylvania and Sylvania watched.\nOstrava angered Freedonia with a ban.\nFredville retaliated.");

        Assert.Equal(["2031-06 SANCTION FREGOV OSTGOV"], events);
    }

    [Fact]
    public void Far_from_any_other_country_the_counterpart_is_the_article_one()
    {
        var events = Code("Sylvania, Sylvania and Ostrava watched.\nNothing else.\nFredville retaliated.");

        Assert.Equal(["2031-06 SANCTION FREGOV SYLGOV"], events);
    }
}
