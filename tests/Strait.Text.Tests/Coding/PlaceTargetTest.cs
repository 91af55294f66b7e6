using Strait.Core.Actors;
using Strait.Core.Time;
using Strait.Text.Coding;
using Strait.Text.Pipeline;
using Strait.Text.Times;

namespace Strait.Text.Tests.Coding;

/// <summary>
/// Acts aimed at a place (<c>place_target_types</c> of cues.yaml) with no actor as object: the place's country in
/// countries.yaml is the target. Made-up actors with the real pattern files and country places.
/// </summary>
public sealed class PlaceTargetTest
{
    private static readonly Lazy<CodingKnowledge> Knowledge = new(() => CodingKnowledgeLoader.Load(TestData.DataDirectory()).Value);

    private static List<string> Code(string text)
    {
        var document = TestText.Segmented(text, PartialDate.Day(2031, 6, 15));
        new TimeTagger(new TimeExpressionFinder(TestText.Resources.TimeWords)).Process(document);
        const string name = "Ostrava";
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            document.Actors.Add(new ActorMention(new TextSpan(at, at + name.Length), ActorCode.ParseExact("OST"), MentionKind.Country, name));
        }

        var knowledge = Knowledge.Value;
        new EventCoder(knowledge, new AlmanacDating([], knowledge.Stemmer, knowledge.TypeFamilies, knowledge.CommonWords)).Process(document);
        return [.. document.Events.Select(e => $"{e.Type} {e.Source} {e.Target}")];
    }

    [Theory]
    [InlineData("In May 2031 Ostrava fired a missile over Hokkaido.", "THREATEN OSTMIL JPNGOV")]
    [InlineData("In May 2031 Ostrava fired shells at Yeonpyeong Island.", "ASSAULT OSTGOV KORGOV")]
    public void A_strike_at_a_place_targets_the_places_country(string text, string expected) =>
        Assert.Equal([expected], Code(text));

    [Fact]
    public void The_places_come_from_the_country_file() =>
        Assert.Contains(Knowledge.Value.CountryPlaces, place => place.Country == "JPN" && place.Name.Text == "Hokkaido");
}
