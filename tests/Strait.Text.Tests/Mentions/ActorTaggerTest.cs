using Strait.Core.Knowledge;
using NodaTime;
using Strait.Core.Actors;
using Strait.Core.Time;
using Strait.Text.Mentions;
using Strait.Text.Pipeline;
using Strait.Text.Times;

namespace Strait.Text.Tests.Mentions;

/// <summary>Made-up countries and people, in the manner of PETRARCH's unit records.</summary>
public sealed class ActorTaggerTest
{
    private static readonly ActorRegistry Registry = new(
        [
            new Country("FRE", ["Freedonia"], ["Freedonian"], ["Freedonians"], ["Fredville"], "made up"),
            new Country("NFR", ["North Freedonia"], ["North Freedonian"], ["North Freedonians"], ["Norburg"], "made up"),
            new Country("SYL", ["Sylvania", "the Republic"], ["Sylvanian"], ["Sylvanians"], ["Sylburg"], "made up", ["Marsh City", "Lowport"]),
            // A demonym that is "the" and the adjective, as "the Japanese" is.
            new Country("OST", ["Ostrava"], ["Ostravese"], ["the Ostravese"], ["Ostburg"], "made up"),
        ],
        [
            new Person("Rufus Firefly", ["Firefly"], [Term("FREGOV", "president", 2015, 2020)]),
            new Person("Pinky Firefly", ["Firefly"], [Term("FREGOV", "president", 2021, null)]),
            new Person("Ambassador Trentino", ["Trentino"], [Term("SYLGOV", "prime minister", 2010, null)]),
            new Person("Chico Moon", ["Moon"], [Term("NFRMIL", "general", 2001, 2009), Term("NFRGOV", "defence minister", 2010, null)]),
        ],
        [
            new Organisation("Supreme Court of Freedonia", ["Freedonian Supreme Court"], ActorCode.ParseExact("FREJUD"), "court", "made up"),
            new Organisation("Joint Staff", [], ActorCode.ParseExact("FREMIL"), "military", "made up"),
            new Organisation("League of Lakes", [], ActorCode.ParseExact("IGOLOL"), "international body", "made up"),
            new Organisation("Freedom Party", [], ActorCode.ParseExact("FRELEG"), "party", "made up"),
        ],
        [
            new RoleWord("lawmakers", ActorRole.LEG),
            new RoleWord("firms", ActorRole.BUS),
            new RoleWord("troops", ActorRole.MIL),
            new RoleWord("supreme court", ActorRole.JUD),
            new RoleWord("shop owners", ActorRole.CVL),
            new RoleWord("opposition", ActorRole.OPP),
        ]);

    private static RoleTerm Term(string actor, string title, int from, int? to) =>
        new(ActorCode.ParseExact(actor), title, new LocalDate(from, 1, 1), to is { } end ? new LocalDate(end, 12, 31) : null, "made up");

    private static (string Text, string Actor, MentionKind Kind)[] Tag(string sentence, PartialDate? published)
    {
        var document = TestText.Segmented(sentence, published);
        new TimeTagger(new TimeExpressionFinder(TestText.Resources.TimeWords)).Process(document);
        new ActorTagger(Registry, TestText.Resources).Process(document);
        return document.Actors.Select(a => (a.Span.Of(sentence), a.Actor.ToString(), a.Kind)).ToArray();
    }

    [Theory]
    [InlineData("North Freedonian troops crossed the line.", "North Freedonian troops", "NFRMIL", MentionKind.Group)]
    [InlineData("Freedonian lawmakers protested.", "Freedonian lawmakers", "FRELEG", MentionKind.Group)]
    [InlineData("Freedonian shop owners protested.", "Freedonian shop owners", "FRECVL", MentionKind.Group)]
    [InlineData("Freedonian car firms left.", "Freedonian car firms", "FREBUS", MentionKind.Group)]
    [InlineData("The Freedonian Supreme Court ruled.", "Freedonian Supreme Court", "FREJUD", MentionKind.Organisation)]
    [InlineData("The North Freedonian supreme court ruled.", "North Freedonian supreme court", "NFRJUD", MentionKind.Group)]
    [InlineData("Freedonia’s envoy left.", "Freedonia", "FRE", MentionKind.Country)]
    [InlineData("North Freedonia's envoy left.", "North Freedonia", "NFR", MentionKind.Country)]
    [InlineData("Sylburg’s reply was curt.", "Sylburg", "SYLGOV", MentionKind.Metonym)]
    [InlineData("Freedonians rallied.", "Freedonians", "FRECVL", MentionKind.Demonym)]
    [InlineData("The Ostravese rallied.", "The Ostravese", "OSTCVL", MentionKind.Demonym)]
    // A capital or a place before a role word in lower case stands for its country, as an adjective does.
    [InlineData("Sylburg lawmakers protested.", "Sylburg lawmakers", "SYLLEG", MentionKind.Group)]
    [InlineData("A Marsh City supreme court ruled.", "Marsh City supreme court", "SYLJUD", MentionKind.Group)]
    // "The" and a demonym that a role word follows are the article and the country's adjective.
    [InlineData("The Ostravese lawmakers protested.", "Ostravese lawmakers", "OSTLEG", MentionKind.Group)]
    [InlineData("A Freedonian flag flew.", "Freedonian", "FRE", MentionKind.Country)]
    [InlineData("The Republic answered.", "The Republic", "SYL", MentionKind.Country)]
    [InlineData("Talks with the Republic ended.", "the Republic", "SYL", MentionKind.Country)]
    [InlineData("President Rufus Firefly spoke.", "President Rufus Firefly", "FREGOV", MentionKind.Person)]
    [InlineData("Prime Minister Trentino spoke.", "Prime Minister Trentino", "SYLGOV", MentionKind.Person)]
    [InlineData("Sylvanian Prime Minister Trentino spoke.", "Sylvanian Prime Minister Trentino", "SYLGOV", MentionKind.Person)]
    [InlineData("The Freedonian prime minister spoke.", "Freedonian prime minister", "FREGOV", MentionKind.Group)]
    [InlineData("Sylvania's supreme court ruled.", "Sylvania's supreme court", "SYLJUD", MentionKind.Group)]
    [InlineData("Sylburg’s lawmakers balked.", "Sylburg’s lawmakers", "SYLLEG", MentionKind.Group)]
    // A person's possessive before a role word names that body of the person's country, not the person.
    [InlineData("Two of Rufus Firefly's troops deserted.", "Rufus Firefly's troops", "FREMIL", MentionKind.Group)]
    [InlineData("The Sylburg Supreme Court ruled.", "Sylburg Supreme Court", "SYLJUD", MentionKind.Group)]
    [InlineData("A panel of the Sylburg Central Supreme Court ruled.", "Sylburg Central Supreme Court", "SYLJUD", MentionKind.Group)]
    [InlineData("The Sylvania Supreme Court ruled.", "Sylvania Supreme Court", "SYLJUD", MentionKind.Group)]
    public void FindsTheLongestMention(string sentence, string text, string actor, MentionKind kind) =>
        Assert.Equal([(text, actor, kind)], Tag(sentence, PartialDate.Day(2019, 7, 10)));

    [Theory]
    [InlineData(2019, "Rufus Firefly")]
    [InlineData(2023, "Pinky Firefly")]
    public void ResolvesASharedNameAtThePublicationDate(int year, string person)
    {
        var document = TestText.Segmented("Freedonian President Firefly arrived.", PartialDate.Year(year));
        new ActorTagger(Registry, TestText.Resources).Process(document);

        var mention = Assert.Single(document.Actors);
        Assert.Equal((person, "FREGOV", "Freedonian President Firefly"), (mention.Name, mention.Actor.ToString(), mention.Span.Of(document.Text)));
    }

    [Theory]
    [InlineData(2005, "NFRMIL")]
    [InlineData(2015, "NFRGOV")]
    public void GivesTheRoleHeldAtTheDate(int year, string actor) =>
        Assert.Equal([("Moon", actor, MentionKind.Person)], Tag("Moon inspected the border.", PartialDate.Year(year)));

    [Theory]
    [InlineData("High Steward Ruri Tanaka criticized Sylvania.", "High Steward Ruri Tanaka", "FREGOV", MentionKind.Person)]
    [InlineData("The High Steward criticized Sylvania.", "High Steward", "FREGOV", MentionKind.Group)]
    [InlineData("Deputy High Steward Ruri Tanaka left.", "Deputy High Steward Ruri Tanaka", "FREGOV", MentionKind.Person)]
    public void AnOfficeOnlyOneCountryHasStandsForItWhenItsHoldersNameIsUnknown(string sentence, string text, string actor, MentionKind kind)
    {
        var resources = new TextResources(TestText.Resources.Abbreviations,
            [new Title("High Steward", ActorRole.GOV, "FRE"), new Title("Deputy", ActorRole.None)], TestText.Resources.TimeWords);
        var document = TestText.Segmented(sentence, PartialDate.Year(2019));
        new ActorTagger(Registry, resources).Process(document);
        Assert.Equal((text, actor, kind), document.Actors.Select(a => (a.Span.Of(sentence), a.Actor.ToString(), a.Kind)).First());
    }

    [Theory]
    [InlineData("High Steward Vek Ana-lu left.", "High Steward Vek Ana-lu", "FREGOV")]
    [InlineData("High Steward Tori Kitta left.", "High Steward Tori Kitta", "SYLGOV")]
    public void AnUnknownNameOfOneCountrysShapeGivesAnyOfficeItsCountry(string sentence, string text, string actor)
    {
        var shapes = new NameShapes(
            [new SurnameShape("FRE", new HashSet<string>(StringComparer.Ordinal) { "Vek" })],
            [new SyllableShape("SYL", ["ta", "to", "ki", "ri"], new HashSet<char> { 't' })]);
        var resources = new TextResources(TestText.Resources.Abbreviations, [new Title("High Steward", ActorRole.GOV)], TestText.Resources.TimeWords, nameShapes: shapes);
        var document = TestText.Segmented(sentence, PartialDate.Year(2019));
        new ActorTagger(Registry, resources).Process(document);
        Assert.Equal([(text, actor, MentionKind.Person)], document.Actors.Select(a => (a.Span.Of(sentence), a.Actor.ToString(), a.Kind)));
    }

    [Theory]
    [InlineData(2018, "FREGOV")]
    [InlineData(2024, "FREOPP")]
    public void APartyWithSpansInGovernmentIsGovernmentInsideThemAndOppositionOutside(int year, string actor)
    {
        var spans = new Dictionary<string, IReadOnlyList<GovernmentSpan>>(StringComparer.OrdinalIgnoreCase)
        {
            ["Freedom Party"] = [new GovernmentSpan(new LocalDate(2017, 5, 10), new LocalDate(2022, 5, 9))],
        };
        var document = TestText.Segmented("The Freedom Party protested.", PartialDate.Day(year, 6, 1));
        new ActorTagger(Registry, TestText.Resources, new ActorKnowledge(Registry, spans)).Process(document);
        Assert.Equal([("Freedom Party", actor)], document.Actors.Select(a => (a.Span.Of("The Freedom Party protested."), a.Actor.ToString())));
    }

    [Theory]
    [InlineData("The opposition Freedom Party protested.", "FREOPP")]
    [InlineData("The Freedom Party protested.", "FRELEG")]
    public void APartyCalledTheOppositionActsAsTheOpposition(string sentence, string actor) =>
        Assert.Equal([("Freedom Party", actor, MentionKind.Organisation)], Tag(sentence, PartialDate.Year(2019)));

    [Fact]
    public void AShipsPrefixNamesTheNavyOfItsCountry() =>
        Assert.Equal([("USS Constitution", "USAMIL", MentionKind.Person)], Tag("The USS Constitution sailed into Sylburg.", PartialDate.Year(2019)).Take(1));

    [Fact]
    public void AnOfficeOfNoOneCountryNamesNobodyWhenItsHoldersNameIsUnknown()
    {
        var resources = new TextResources(TestText.Resources.Abbreviations, [new Title("High Steward", ActorRole.GOV)], TestText.Resources.TimeWords);
        var document = TestText.Segmented("High Steward Ruri Tanaka left.", PartialDate.Year(2019));
        new ActorTagger(Registry, resources).Process(document);
        Assert.Empty(document.Actors);
    }

    [Fact]
    public void APlaceGivesABodyNamedAfterItItsCountryAndNamesNoActorAlone()
    {
        Assert.Equal([("Lowport Supreme Court", "SYLJUD", MentionKind.Group)], Tag("The Lowport Supreme Court ruled.", PartialDate.Year(2019)));
        Assert.Equal([("Marsh City Supreme Court", "SYLJUD", MentionKind.Group)], Tag("The Marsh City Supreme Court ruled.", PartialDate.Year(2019)));
        Assert.Empty(Tag("Protesters gathered in Lowport.", PartialDate.Year(2019)));
    }

    [Fact]
    public void MatchesNamesCaseSensitively() =>
        Assert.Empty(Tag("The moon rose over a firefly and some freedonia moss.", PartialDate.Year(2019)));

    [Fact]
    public void UsesADateInTheSentenceWhenThePublicationDateIsUnknown() =>
        Assert.Equal([("Firefly", "FREGOV", MentionKind.Person)], Tag("In 2022, Firefly spoke.", published: null));

    [Fact]
    public void KeepsAPersonWithOneActorWhenNoDateIsKnown() =>
        Assert.Equal([("Trentino", "SYLGOV", MentionKind.Person)], Tag("Trentino spoke.", published: null));

    [Fact]
    public void LeavesOutAnAmbiguousPersonWhenNoDateIsKnown()
    {
        Assert.Empty(Tag("Firefly spoke.", published: null));
        Assert.Empty(Tag("Moon spoke.", published: null));
    }

    [Fact]
    public void SpeaksForTheLastOfficeOfAFormerOfficeHolder() =>
        Assert.Equal([("Rufus Firefly", "FREGOV", MentionKind.Person)], Tag("Rufus Firefly wrote a memoir.", PartialDate.Year(2024)));

    [Fact]
    public void FindsSeveralMentionsInOneSentence() =>
        Assert.Equal(
            [("Fredville", "FREGOV", MentionKind.Metonym), ("Sylvanian firms", "SYLBUS", MentionKind.Group), ("North Freedonia", "NFR", MentionKind.Country)],
            Tag("Fredville urged Sylvanian firms to shun North Freedonia.", PartialDate.Year(2019)));

    [Theory]
    [InlineData("Sylvania's Joint Staff protested.", "SYLMIL")]
    [InlineData("The Sylvanian Joint Staff protested.", "SYLMIL")]
    [InlineData("Sylvania's League of Lakes envoy protested.", "IGOLOL")]
    public void GivesAnOrganisationTheCountryThatOwnsIt(string sentence, string actor) =>
        Assert.Equal(actor, Tag(sentence, PartialDate.Year(2019))[^1].Actor);

    [Fact]
    public void NamesNoBodyWhenTheWordsAfterAPlaceAreNotAllCapitalised() =>
        Assert.Equal([("Sylburg", "SYLGOV", MentionKind.Metonym)], Tag("Sylburg Central supreme court ruled.", PartialDate.Year(2019)));

    [Fact]
    public void KeepsAnOrganisationNamedApartFromACountry() =>
        Assert.Equal("FREMIL", Tag("Sylvania said the Joint Staff protested.", PartialDate.Year(2019))[^1].Actor);

    [Theory]
    [InlineData("Moon")]
    [InlineData("Chico")]
    public void AOneWordNameStandsForThePersonTheArticleNamedInFullBefore(string word) =>
        Assert.Equal(
            [("Chico Moon", "NFRGOV", MentionKind.Person), (word, "NFRGOV", MentionKind.Person)],
            Tag($"Chico Moon arrived and {word} spoke.", PartialDate.Year(2019)).Where(t => t.Kind == MentionKind.Person));

    [Fact]
    public void AnUnknownTitledPersonIsKnownByTheFirstOrLastWordOfTheName()
    {
        var resources = new TextResources(TestText.Resources.Abbreviations, [new Title("High Steward", ActorRole.GOV, "FRE")], TestText.Resources.TimeWords);
        const string text = "High Steward Ruri Tanaka arrived. Tanaka criticized Sylvania. Then High Steward Tanaka left.";
        var document = TestText.Segmented(text, PartialDate.Year(2019));
        new ActorTagger(Registry, resources).Process(document);
        Assert.Equal(
            [("High Steward Ruri Tanaka", "FREGOV"), ("Tanaka", "FREGOV"), ("Sylvania", "SYL"), ("High Steward Tanaka", "FREGOV")],
            document.Actors.Select(a => (a.Span.Of(text), a.Actor.ToString())));
    }

    [Theory]
    [InlineData("Tanaka criticized Sylvania. High Steward Ruri Tanaka arrived.")]
    [InlineData("High Steward Ruri Tanaka arrived. Tanaka Kiyoshi criticized Sylvania.")]
    [InlineData("High Steward Ruri Tanaka arrived. Dr Tanaka criticized Sylvania.")]
    public void AOneWordNameIsNobodyBeforeTheFullNameOrNextToAnotherCapitalisedWord(string text)
    {
        var resources = new TextResources(TestText.Resources.Abbreviations, [new Title("High Steward", ActorRole.GOV, "FRE")], TestText.Resources.TimeWords);
        var document = TestText.Segmented(text, PartialDate.Year(2019));
        new ActorTagger(Registry, resources).Process(document);
        Assert.Equal(["High Steward Ruri Tanaka", "Sylvania"], document.Actors.Select(a => a.Span.Of(text)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OneWordNamesDoNotCarryFromOneArticleToAnother()
    {
        var resources = new TextResources(TestText.Resources.Abbreviations, [new Title("High Steward", ActorRole.GOV, "FRE")], TestText.Resources.TimeWords);
        var tagger = new ActorTagger(Registry, resources);
        tagger.Process(TestText.Segmented("High Steward Ruri Tanaka arrived.", PartialDate.Year(2019)));
        var second = TestText.Segmented("Tanaka criticized Sylvania.", PartialDate.Year(2019));
        tagger.Process(second);
        Assert.Equal(["SYL"], second.Actors.Select(a => a.Actor.ToString()));
    }
}
