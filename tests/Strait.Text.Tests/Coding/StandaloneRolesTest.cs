using Strait.Core.Actors;
using Strait.Text.Coding;
using Strait.Text.Pipeline;

namespace Strait.Text.Tests.Coding;

public sealed class StandaloneRolesTest
{
    private static readonly (string[] Words, ActorRole Role)[] Phrases =
        [(["supreme", "court"], ActorRole.JUD), (["court"], ActorRole.JUD), (["protesters"], ActorRole.CVL)];

    /// <summary>Tokens of the text, with a country mention on each of the given words.</summary>
    private static (List<WordToken> Tokens, List<PlacedMention> Mentions) Sentence(string text, params (string Word, string Country)[] countries)
    {
        var tokens = WordTokenizer.Tokenize(text, 0, text.Length, Stemmer.Plain);
        var mentions = new List<PlacedMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var (word, country) in countries)
            {
                if (text[tokens[i].Start..tokens[i].End] == word)
                {
                    mentions.Add(new PlacedMention(new ActorMention(new TextSpan(tokens[i].Start, tokens[i].End, "actor"), ActorCode.Of(country), MentionKind.Country), i, i + 1));
                }
            }
        }

        return (tokens, mentions);
    }

    private static List<string> Added(StandaloneRoles roles, string text, params (string Word, string Country)[] countries)
    {
        var (tokens, mentions) = Sentence(text, countries);
        return roles.Add(tokens, mentions).Where(m => !mentions.Contains(m)).Select(m => $"{text[m.Mention.Span.Start..m.Mention.Span.End]} {m.Mention.Actor}").ToList();
    }

    [Fact]
    public void A_role_word_alone_is_that_role_of_the_country_named_most_so_far()
    {
        var roles = new StandaloneRoles(Phrases);
        Added(roles, "Sylvania and Freedonia argued while Sylvania waited.", ("Sylvania", "SYL"), ("Freedonia", "FRE"));

        Assert.Equal(["Supreme Court SYLJUD", "protesters SYLCVL"], Added(roles, "The Supreme Court ruled against Freedonia as protesters cheered.", ("Freedonia", "FRE")));
    }

    [Fact]
    public void A_role_word_joined_to_a_country_or_citizens_before_a_possessive_add_nothing()
    {
        var roles = new StandaloneRoles(Phrases);

        Assert.Empty(Added(roles, "Sylvania's court and the protesters' leader spoke.", ("Sylvania", "SYL")));
    }

    [Fact]
    public void Before_any_country_is_named_a_role_word_adds_nothing() =>
        Assert.Empty(Added(new StandaloneRoles(Phrases), "The court ruled."));

    [Fact]
    public void A_court_before_a_possessive_is_still_the_court()
    {
        var roles = new StandaloneRoles(Phrases);

        Assert.Equal(["court SYLJUD"], Added(roles, "Sylvania respected the court's ruling.", ("Sylvania", "SYL")));
    }

    [Fact]
    public void A_placed_role_word_is_an_actor_only_with_in_or_from_and_a_country_after_it()
    {
        var roles = new StandaloneRoles(Phrases, [(["officials"], ActorRole.GOV)]);
        Added(roles, "Sylvania and Sylvania argued.", ("Sylvania", "SYL"));

        Assert.Equal(["Officials FREGOV"], Added(roles, "Officials in Fredville said so.", ("Fredville", "FRE")));
        Assert.Equal(["Officials FREGOV"], Added(roles, "Officials from Freedonia said so.", ("Freedonia", "FRE")));
        Assert.Empty(Added(roles, "Officials said so."));
        Assert.Empty(Added(roles, "The officials of Freedonia said so.", ("Freedonia", "FRE")));
    }

    [Fact]
    public void A_placed_role_word_in_a_national_body_is_of_the_bodys_country()
    {
        var roles = new StandaloneRoles(Phrases, [(["officials"], ActorRole.GOV)]);
        Added(roles, "Sylvania and Sylvania argued.", ("Sylvania", "SYL"));
        var text = "Officials in the Premier's Office said so.";
        var tokens = WordTokenizer.Tokenize(text, 0, text.Length, Stemmer.Plain);
        PlacedMention Body(string actor) =>
            new(new ActorMention(new TextSpan(tokens[3].Start, tokens[5].End, "actor"), ActorCode.ParseExact(actor), MentionKind.Organisation), 3, 6);

        var officials = roles.Add(tokens, [Body("FREGOV")]).Select(m => $"{text[m.Mention.Span.Start..m.Mention.Span.End]} {m.Mention.Actor}");
        Assert.Equal(["Officials FREGOV", "Premier's Office FREGOV"], officials);
        Assert.Single(roles.Add(tokens, [Body("IGOLOL")]));
    }

    [Fact]
    public void A_place_named_right_after_the_role_word_gives_its_country()
    {
        var roles = new StandaloneRoles(Phrases);
        Added(roles, "Sylvania and Sylvania argued.", ("Sylvania", "SYL"));

        Assert.Equal(["Supreme Court FRE"], Added(roles, "The Supreme Court in Freedonia ruled.", ("Freedonia", "FRE")).Select(m => m[..^3]).ToList());
    }

    [Fact]
    public void A_role_word_from_a_named_country_is_that_countrys()
    {
        var roles = new StandaloneRoles(Phrases);
        Added(roles, "Sylvania argued.", ("Sylvania", "SYL"));

        Assert.Equal(["protesters FRECVL"], Added(roles, "Then protesters from Freedonia gathered.", ("Freedonia", "FRE")));
    }

    [Fact]
    public void A_role_word_takes_the_country_named_most_lately_not_the_one_its_own_sentence_names()
    {
        var roles = new StandaloneRoles(Phrases);
        Added(roles, "Freedonia, Freedonia and Freedonia argued.", ("Freedonia", "FRE"));
        Added(roles, "Sylvania waited.", ("Sylvania", "SYL"));
        Added(roles, "Sylvania waited again.", ("Sylvania", "SYL"));

        Assert.Equal(["protesters SYLCVL"], Added(roles, "Then protesters marched on Freedonia and Freedonia.", ("Freedonia", "FRE")));
    }

    [Fact]
    public void A_role_word_takes_the_country_of_a_place_its_sentence_names_after_in()
    {
        var roles = new StandaloneRoles(Phrases);
        Added(roles, "Freedonia, Freedonia and Freedonia argued.", ("Freedonia", "FRE"));

        Assert.Equal(["protesters SYLCVL"], Added(roles, "Then protesters rallied outside the Freedonian embassy in Sylvaton.", ("Freedonian", "FRE"), ("Sylvaton", "SYL")));
        Assert.Equal(["protesters SYLCVL"], Added(roles, "In Sylvania, protesters rallied against Freedonia.", ("Sylvania", "SYL"), ("Freedonia", "FRE")));
    }
}
