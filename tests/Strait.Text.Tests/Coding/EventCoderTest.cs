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
          - type: CONSULT
            symmetric: true
            nominal: true
            phrases: ["summit"]
          - type: ACCUSE
            phrases: ["criticize"]
          - type: REQUEST
            phrases: ["pressure * to", "urge", "call on", "call on * for"]
          - type: COERCE
            phrases: ["conscript"]
          - type: COERCE
            target_role: CVL
            phrases: ["force * to work"]
          - type: COOPERATE
            nominal: true
            phrases: ["cooperation"]
          - type: SUPPORT
            phrases: ["praise"]
          - type: ASSAULT
            phrases: ["shell", "kill"]
          - type: COERCE
            nominal: true
            episode: {source: FREGOV, target: SYLCVL, when: 1901/1905}
            phrases: ["forced labour"]
          - type: COERCE
            episode: {source: FREGOV, target: SYLCVL, when: 1901/1905}
            phrases: ["drag * to work"]
          - type: AGREE
            nominal: true
            symmetric: true
            phrases: ["normalization"]
        """;

    private static readonly Lazy<CodingKnowledge> Knowledge = new(() => MadeUpCoding.Knowledge(Patterns));

    private static readonly (string, string, MentionKind)[] Actors =
    [
        ("Freedonia", "FRE", MentionKind.Country),
        ("Sylvania", "SYL", MentionKind.Country),
        ("Sylvanian", "SYL", MentionKind.Country),
        ("Ostrava", "OST", MentionKind.Country),
        ("Gorvania", "GOR", MentionKind.Country),
        ("Fredville", "FREGOV", MentionKind.Metonym),
        ("Freedonian farmers", "FRECVL", MentionKind.Group),
        ("Freedonian Cooperation Council", "FREBUS", MentionKind.Organisation),
        ("Freedonian firms", "FREBUS", MentionKind.Group),
        ("Freedonian judges", "FREJUD", MentionKind.Group),
        ("President Rufus", "FREGOV", MentionKind.Person),
        ("Chancellor Trentino", "SYLGOV", MentionKind.Person),
    ];

    private static AlmanacEntry Entry(string when, EventType type, string source, string target, string summary) =>
        new(new CodedEvent(type, EventStatus.Occurred, ActorCode.ParseExact(source), ActorCode.ParseExact(target), PartialDate.ParseExact(when),
            Issue.Trade, [], 1), summary, "made up", [], null);

    /// <summary>Tags the text as one paragraph per line, one sentence per line, and codes it.</summary>
    private static List<string> Code(string text, params AlmanacEntry[] almanac) => Code(text, [], almanac);

    /// <summary>
    /// Tags the text as one paragraph per line, its sentences ending at ". ", and the given days (a phrase and the day
    /// it names, which the test's tagger does not find by itself), and codes it.
    /// </summary>
    private static List<string> Code(string text, (string Phrase, PartialDate Day)[] days, params AlmanacEntry[] almanac) =>
        Code(PartialDate.Day(2031, 6, 15), text, days, almanac);

    /// <summary>As <see cref="Code(string, ValueTuple{string, PartialDate}[], AlmanacEntry[])"/>, for a report published on <paramref name="published"/>.</summary>
    private static List<string> Code(PartialDate published, string text, (string Phrase, PartialDate Day)[] days, params AlmanacEntry[] almanac)
    {
        var document = MiniTagger.TagLines(text, published, Actors);
        foreach (var (phrase, day) in days)
        {
            var at = document.Text.IndexOf(phrase, StringComparison.Ordinal);
            document.Times.Add(new TimeExpression(new TextSpan(at, at + phrase.Length), day, IsRelative: true));
        }

        document.Times.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var knowledge = Knowledge.Value;
        var coder = new EventCoder(knowledge, new AlmanacDating(almanac, knowledge.Stemmer, knowledge.TypeFamilies, knowledge.CommonWords));
        coder.Process(document);
        return document.Events.Select(e => $"{e.When} {e.Type} {e.Source} {e.Target}").ToList();
    }

    [Theory]
    [InlineData("Will Freedonia criticize Sylvania?", "criticize ACCUSE Question")]
    [InlineData("If Freedonia criticizes Sylvania, Ostrava would suffer.", "criticizes ACCUSE RuledOutByCue")]
    [InlineData("Freedonia met Sylvania.", "")]
    [InlineData("Freedonia shelled Sylvania, killing two soldiers.", "killing ASSAULT Governed")]
    public void A_trigger_the_coder_sets_aside_is_noted_with_its_reason(string sentence, string expected)
    {
        var document = MiniTagger.Tag(sentence, PartialDate.Day(2031, 6, 15), Actors);
        new EventCoder(Knowledge.Value).Process(document);

        Assert.Equal(expected, string.Join("; ", document.SetAside.Select(t => $"{t.Words} {t.Type} {t.Reason}")));
        Assert.All(document.SetAside, t => Assert.Equal(t.Words, document.Text[t.Start..t.End]));
    }

    [Theory]
    [InlineData("Ostrava honoured the victims of forced labour.", "1901/1905 COERCE FREGOV SYLCVL")]
    [InlineData("Sylvanian forced labour in 1903 left scars.", "1903 COERCE FREGOV SYLCVL")]
    [InlineData("Freedonia's forced labour left scars.", "1901/1905 COERCE FREGOV SYLCVL")]
    [InlineData("Sylvanian miners were dragged to work in distant mines.", "1901/1905 COERCE FREGOV SYLCVL")]
    [InlineData("In May 2031 Ostrava honoured the victims of forced labour.", "1901/1905 COERCE FREGOV SYLCVL")]
    public void A_noun_of_a_known_episode_is_its_act_by_its_actors_dated_to_it_unless_a_date_inside_it_is_stated(string sentence, string expected)
    {
        Assert.Contains(Code(sentence), e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Gorvania's forced labour left scars in May 2031.")]
    [InlineData("The forced labour of Ostrava left scars in May 2031.")]
    [InlineData("Gorvania's colonial rule of Ostrava left scars.")]
    [InlineData("Gorvania dragged Ostrava's miners to work in May 2031.")]
    [InlineData("Sylvanian miners were conscripted during forced labour in May 2031.")]
    public void A_noun_of_a_known_episode_with_another_doer_or_victim_or_as_a_time_is_not_the_episodes_act(string sentence)
    {
        Assert.DoesNotContain(Code(sentence), e => e.Contains("FREGOV SYLCVL", StringComparison.Ordinal));
    }

    [Fact]
    public void An_undated_past_event_takes_the_date_of_the_almanac_entry_it_fits()
    {
        var events = Code("Fredville retaliated with tariffs on Sylvanian cheese.",
            Entry("2031-06-11", EventType.SANCTION, "FREGOV", "SYLGOV", "Freedonia imposes tariffs on Sylvanian cheese and wine"));

        Assert.Equal(["2031-06-11 SANCTION FREGOV SYLGOV"], events);
    }

    /// <summary>Two body paragraphs (the news peg) before the line that is coded.</summary>
    private const string Opening = "Ostrava waited.\nNothing else happened.\n";

    [Fact]
    public void An_older_almanac_entry_dates_an_event_after_the_news_peg_but_not_in_it()
    {
        var older = Entry("2030-05-20", EventType.SANCTION, "FREGOV", "SYLGOV", "Freedonia imposes tariffs on Sylvanian cheese and wine");
        const string Sentence = "Fredville retaliated with tariffs on Sylvanian cheese and wine.";

        Assert.Equal(["2031-06-15 SANCTION FREGOV SYLGOV"], Code(Sentence, older));
        Assert.Equal(["2030-05-20 SANCTION FREGOV SYLGOV"], Code(Opening + Sentence, older));
    }

    [Fact]
    public void An_undated_past_event_in_the_opening_paragraphs_of_a_report_dated_to_the_day_takes_that_day()
    {
        Assert.Equal(["2031-06-15 SANCTION FREGOV SYLGOV"], Code("Ostrava waited.\nFredville retaliated against Sylvania."));
        Assert.Equal(["2031-06 SANCTION FREGOV SYLGOV"], Code(Opening + "Fredville retaliated against Sylvania."));
    }

    [Fact]
    public void A_headline_is_not_one_of_the_opening_paragraphs()
    {
        Assert.Equal(["2031-06-15 SANCTION FREGOV SYLGOV"], Code("Fredville Hits Back\nOstrava waited.\nFredville retaliated against Sylvania."));
    }

    [Theory]
    [InlineData("Fredville will retaliate against Sylvania.", "2031-06 planned")]
    [InlineData("Fredville has retaliated against Sylvania.", "2031-06 occurred")]
    [InlineData("Fredville retaliates against Sylvania.", "2031-06 occurred")]
    public void A_planned_or_present_event_in_the_opening_paragraphs_keeps_the_publication_month(string sentence, string expected)
    {
        var document = MiniTagger.Tag(sentence, PartialDate.Day(2031, 6, 15), Actors);
        new EventCoder(Knowledge.Value).Process(document);

        Assert.Equal([expected], document.Events.Select(e => $"{e.When} {EnumNames.Name(e.Status)}"));
    }

    [Fact]
    public void A_day_named_earlier_in_the_paragraph_dates_its_later_undated_past_events_and_no_others()
    {
        var thursday = PartialDate.Day(2031, 6, 12);
        var events = Code(Opening + "On Thursday Fredville criticized Ostrava. Later Fredville retaliated against Sylvania.\nFredville retaliated against Ostrava.",
            [("On Thursday", thursday)]);

        Assert.Equal(["2031-06-12 ACCUSE FREGOV OSTGOV", "2031-06-12 SANCTION FREGOV SYLGOV", "2031-06 SANCTION FREGOV OSTGOV"], events);
    }

    [Fact]
    public void A_paragraph_with_no_time_that_refers_back_to_the_two_leaders_goes_on_with_the_day_of_the_paragraph_before()
    {
        var thursday = PartialDate.Day(2031, 6, 12);
        var events = Code(Opening + "On Thursday Fredville criticized Sylvania.\nThe two leaders also criticized Ostrava.\nFredville criticized Gorvania.",
            [("On Thursday", thursday)]);

        Assert.Equal(["2031-06-12 ACCUSE FREGOV SYLGOV", "2031-06-12 ACCUSE FREGOV OSTGOV", "2031-06-12 ACCUSE SYLGOV OSTGOV", "2031-06 ACCUSE FREGOV GORGOV"], events);
    }

    [Fact]
    public void An_undated_past_event_in_a_sentence_that_refers_to_the_summit_takes_the_day_named_for_it()
    {
        var sunday = PartialDate.Day(2031, 6, 8);
        var events = Code(Opening + "On Sunday Fredville met Sylvania. It was their first summit in years.\nOn the day of the summit Fredville criticized Ostrava.\nFredville criticized Gorvania.",
            [("On Sunday", sunday)]);

        Assert.Equal(["2031-06-08 ACCUSE FREGOV OSTGOV", "2031-06 ACCUSE FREGOV GORGOV"], events.Where(e => e.Contains("ACCUSE", StringComparison.Ordinal)));
    }

    [Fact]
    public void In_a_report_dated_to_the_month_a_day_named_earlier_in_the_paragraph_dates_its_later_undated_past_events()
    {
        var events = Code(PartialDate.Month(2031, 6), "On June 3 Fredville criticized Ostrava. Fredville also retaliated against Sylvania.\nIn June 2031 Ostrava waited. Fredville retaliated against Ostrava.",
            [("On June 3", PartialDate.Day(2031, 6, 3))]);

        Assert.Equal(["2031-06-03 ACCUSE FREGOV OSTGOV", "2031-06-03 SANCTION FREGOV SYLGOV", "2031-06 SANCTION FREGOV OSTGOV"], events);
    }

    [Fact]
    public void In_a_report_dated_to_the_month_an_undated_event_noun_in_a_paragraph_about_earlier_times_is_background_unless_marked_recent()
    {
        var events = Code(PartialDate.Month(2031, 6), "Fredville criticized Ostrava in 2029. Sylvanian cooperation with Fredville grew.\nFredville criticized Sylvania in 2029. The recent Sylvanian cooperation with Ostrava grew.", []);

        Assert.Equal(["2029 ACCUSE FREGOV OSTGOV", "2029 ACCUSE FREGOV SYLGOV", "2031-06 COOPERATE SYLGOV OSTGOV"], events);
    }

    [Fact]
    public void In_a_report_dated_to_the_month_an_undated_past_event_is_the_publication_months_only_where_its_paragraph_names_that_time()
    {
        var events = Code(PartialDate.Month(2031, 6), "Fredville retaliated against Ostrava in June 2031.\nIn 2029 Ostrava waited. Fredville criticized Sylvania.\nFredville criticized Ostrava. Nothing changed in June 2031.", []);

        Assert.Equal(["2031-06 SANCTION FREGOV OSTGOV", "2031-06 ACCUSE FREGOV OSTGOV"], events);
    }

    [Fact]
    public void A_day_the_paragraph_names_refines_the_coarser_date_of_an_almanac_entry_that_holds_it()
    {
        var events = Code(Opening + "On Thursday Fredville criticized Ostrava. Fredville also imposed tariffs on Sylvanian cheese.",
            [("On Thursday", PartialDate.Day(2031, 6, 12))],
            Entry("2031-06", EventType.SANCTION, "FREGOV", "SYLGOV", "Freedonia imposes tariffs on Sylvanian cheese"));

        Assert.Equal(["2031-06-12 ACCUSE FREGOV OSTGOV", "2031-06-12 SANCTION FREGOV SYLGOV"], events);
    }

    [Fact]
    public void A_joint_statement_speaks_for_the_parties_of_the_last_joint_act()
    {
        var events = Code(Opening + "Fredville talked with Sylvania in May 2031. The joint statement criticized Ostrava.\nThe statement criticized Gorvania.");

        Assert.Equal(["2031-05 CONSULT FREGOV SYLGOV", "2031-06 ACCUSE FREGOV OSTGOV", "2031-06 ACCUSE SYLGOV OSTGOV"], events);
    }

    [Fact]
    public void It_as_the_object_of_a_one_sided_act_refers_to_the_latest_act_of_another_country()
    {
        var events = Code(Opening + "Ostrava criticized Gorvania. Sylvania, Sylvania and Sylvania watched. Fredville criticized it.");

        Assert.Equal("2031-06 ACCUSE FREGOV OSTGOV", events[^1]);
    }

    [Fact]
    public void Countries_listed_as_the_subject_of_a_one_sided_act_are_its_sources_not_its_target()
    {
        var events = Code(Opening + "Gorvania urged Fredville to retaliate. Fredville, Sylvania and Ostrava criticized the idea.");

        Assert.Equal(["2031-06 ACCUSE OSTGOV GORGOV", "2031-06 ACCUSE FREGOV GORGOV", "2031-06 ACCUSE SYLGOV GORGOV"], events[1..]);
    }

    [Fact]
    public void A_date_that_a_phrase_s_last_preposition_governs_is_no_object_and_a_date_inside_the_phrase_is_its_own()
    {
        var events = Code(Opening + "Fredville called on May 4 for talks with Sylvania.", [("May 4", PartialDate.Day(2031, 5, 4))]);

        Assert.Equal(["2031-05-04 REQUEST FREGOV SYLGOV"], events);
    }

    [Fact]
    public void A_verb_phrase_said_as_a_noun_right_after_a_request_is_what_was_asked_for()
    {
        Assert.Equal(["2031-06 REQUEST FREGOV SYLGOV"], Code(Opening + "Fredville urged talks with Sylvania."));
    }

    [Fact]
    public void He_after_persons_named_only_after_prepositions_in_its_sentence_is_the_person_named_before_it()
    {
        var events = Code(Opening + "President Rufus waited. In his talks with Chancellor Trentino he criticized Ostrava.\nAfter Chancellor Trentino's visit he criticized Ostrava.");

        Assert.Equal(["2031-06 ACCUSE FREGOV OSTGOV", "2031-06 ACCUSE SYLGOV OSTGOV"], events.Where(e => e.Contains("ACCUSE", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_gerund_after_before_is_done_by_the_pronoun_subject_of_its_sentence_not_the_nearest_object()
    {
        var events = Code(Opening + "President Rufus waited. He criticized Sylvania on Monday, before meeting Ostrava.");

        Assert.Equal(["2031-06 ACCUSE FREGOV SYLGOV", "2031-06 CONSULT FREGOV OSTGOV"], events);
    }

    [Fact]
    public void A_participle_phrase_hangs_on_the_pronoun_subject_that_opens_its_sentence()
    {
        var events = Code(Opening + "President Rufus waited. He praised Sylvania, meeting Ostrava.");

        Assert.Equal(["2031-06 SUPPORT FREGOV SYLGOV", "2031-06 CONSULT FREGOV OSTGOV"], events);
    }

    [Fact]
    public void The_leaders_of_the_three_countries_are_the_three_not_the_last_pair()
    {
        var events = Code(Opening + "Fredville talked with Sylvania. Ostrava waited. The leaders of the three countries talked with each other.");

        Assert.Equal(["2031-06 CONSULT FREGOV SYLGOV", "2031-06 CONSULT OSTGOV FREGOV", "2031-06 CONSULT OSTGOV SYLGOV", "2031-06 CONSULT FREGOV SYLGOV"], events);
    }

    [Fact]
    public void A_country_other_than_the_main_ones_named_as_the_place_of_a_joint_act_is_its_venue_not_its_party()
    {
        var events = Code(Opening + "Fredville waited for Sylvania. The May 2031 normalization in Gorvania ended the feud.");

        Assert.Equal(["2031-05 AGREE FREGOV SYLGOV"], events);
    }

    [Fact]
    public void A_day_after_publication_is_no_anchor_for_a_past_event()
    {
        var events = Code(Opening + "On Monday Fredville will meet Ostrava. Fredville retaliated against Sylvania.", [("On Monday", PartialDate.Day(2031, 6, 16))]);

        Assert.Equal(["2031-06-16 CONSULT FREGOV OSTGOV", "2031-06 SANCTION FREGOV SYLGOV"], events);
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
        var events = Code(Opening + "Fredville retaliated against Sylvania.", Entry("2029-05-20", EventType.SANCTION, "FREGOV", "SYLGOV", "Freedonia imposes tariffs on cheese"),
            Entry("2031-05-01", EventType.SANCTION, "OSTGOV", "FREGOV", "Ostrava imposes tariffs"));

        Assert.Equal(["2031-06 SANCTION FREGOV SYLGOV"], events);
    }

    [Fact]
    public void A_reduced_passive_after_a_noun_naming_no_actor_is_done_by_its_agent_to_the_agents_counterpart()
    {
        // "in Sylvanian mines": the owner of the workplace, named by its adjective, forced them; its counterpart's people suffered.
        var events = Code("Freedonia raised the case of the farmers forced to work in Sylvanian mines in 2030.");

        Assert.Equal(["2030 COERCE SYLGOV FRECVL"], events);
    }

    [Fact]
    public void A_group_acts_partner_after_with_is_one_of_the_three()
    {
        // Ostrava is named in the sentence, but the three-way summit was held with Gorvania.
        var events = Code("Freedonia tightened its curbs on Ostrava, and President Rufus told Chancellor Trentino that Freedonia stood behind Sylvania when the two met in 2030 for a three-way summit with Gorvania.");

        Assert.Contains(events, e => e.Contains("FREGOV", StringComparison.Ordinal) && e.Contains("GORGOV", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Contains("OSTGOV", StringComparison.Ordinal) && e.Contains("CONSULT", StringComparison.Ordinal));
    }

    [Fact]
    public void The_counterpart_is_the_other_country_named_most_in_the_paragraph_and_the_one_before()
    {
        // Sylvania is the article's most-mentioned other country, but this passage is about Ostrava.
        var events = Code("Sylvania, Sylvania and Sylvania watched.\nOstrava angered Freedonia with a ban.\nFredville retaliated.");

        Assert.Equal(["2031-06 SANCTION FREGOV OSTGOV"], events);
    }

    [Fact]
    public void A_pair_phrase_after_a_one_sided_act_makes_one_event_toward_each_of_the_two_other_countries()
    {
        var events = Code("Freedonia and Sylvania quarrelled again.\nOstrava urged both governments to talk.");

        Assert.Equal(["2031-06-15 REQUEST OSTGOV FREGOV", "2031-06-15 REQUEST OSTGOV SYLGOV"], events);
    }

    [Fact]
    public void Both_allies_is_a_state_pair_too()
    {
        var events = Code("Freedonia and Sylvania quarrelled again.\nOstrava urged both allies to talk.");

        Assert.Equal(["2031-06-15 REQUEST OSTGOV FREGOV", "2031-06-15 REQUEST OSTGOV SYLGOV"], events);
    }

    [Fact]
    public void A_person_pair_phrase_after_a_one_sided_act_also_names_the_two_other_countries()
    {
        var events = Code("Sylvania and Ostrava quarrelled again.\nFredville urged both sides to talk.");

        Assert.Equal(["2031-06-15 REQUEST FREGOV SYLGOV", "2031-06-15 REQUEST FREGOV OSTGOV"], events);
    }

    [Fact]
    public void A_group_phrase_after_a_one_sided_act_makes_one_event_toward_each_party_of_the_last_joint_act_of_three()
    {
        var events = Code("Freedonia, Sylvania and Ostrava held talks with each other.\nGorvania criticized the three of them.");

        Assert.Equal(3, events.Count(e => e.Contains("CONSULT", StringComparison.Ordinal)));
        Assert.Equal(["ACCUSE GORGOV FREGOV", "ACCUSE GORGOV OSTGOV", "ACCUSE GORGOV SYLGOV"],
            events.Where(e => e.Contains("ACCUSE", StringComparison.Ordinal)).Select(e => e[(e.IndexOf(' ') + 1)..]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_bare_count_followed_by_a_noun_is_a_number_not_the_parties()
    {
        var events = Code("Sylvania and Ostrava quarrelled again.\nFredville criticized the two materials.");

        Assert.Single(events);
    }

    [Theory]
    [InlineData("Much has changed since the normalization in 2001.", "2001 AGREE FREGOV SYLGOV")]
    [InlineData("Much has changed since the 2001 normalization.", "2001 AGREE FREGOV SYLGOV")]
    public void A_joint_event_noun_dated_right_before_or_after_it_is_between_the_two_countries_in_view(string sentence, string expected)
    {
        var events = Code("Freedonia and Sylvania quarrelled again.\n" + sentence);

        Assert.Equal([expected], events);
    }

    [Fact]
    public void An_undated_joint_event_noun_without_parties_is_no_event()
    {
        Assert.Empty(Code("Freedonia and Sylvania quarrelled again.\nMuch has changed since the normalization."));
    }

    [Theory]
    [InlineData("Fredville criticized the landing on the Isle of Quarrel.", "ACCUSE FREGOV SYLGOV")]
    [InlineData("Sylvania, Sylvania and Sylvania watched.\nOstrava criticized the landing on the Isle of Quarrel.", "ACCUSE OSTGOV SYLGOV")]
    [InlineData("Sylvania, Sylvania and Ostrava watched.\nFredville criticized the landing on the Isle of Quarrel.", "ACCUSE FREGOV SYLGOV")]
    public void An_act_aimed_at_a_disputed_place_targets_its_other_claimant_when_the_source_claims_it(string text, string expected)
    {
        // The isle is Freedonia's and Sylvania's to quarrel over; Ostrava claims none of it and keeps its counterpart.
        var knowledge = MadeUpCoding.Knowledge(Patterns, """
            disputed_places:
              - {names: ["Isle of Quarrel"], claimants: [FRE, SYL]}
            """);
        var document = MiniTagger.TagLines("Ostrava, Ostrava and Ostrava watched.\n" + text, PartialDate.Day(2031, 6, 15), Actors);
        new EventCoder(knowledge).Process(document);

        Assert.Equal([expected], document.Events.Select(e => $"{e.Type} {e.Source} {e.Target}"));
    }

    [Fact]
    public void A_definite_reference_to_an_act_as_the_object_targets_the_last_actor_of_another_country()
    {
        var events = Code("Sylvania, Sylvania and Sylvania watched.\nOstrava imposed new tariffs on Sylvania.\nFredville criticized the decision.");

        Assert.Equal("2031-06 ACCUSE FREGOV OSTGOV", events[^1]);
    }

    [Fact]
    public void Without_a_reference_to_an_act_the_untargeted_act_keeps_its_counterpart()
    {
        var events = Code("Sylvania, Sylvania and Sylvania watched.\nOstrava imposed new tariffs on Sylvania.\nFredville criticized the weather.");

        Assert.Equal("2031-06 ACCUSE FREGOV SYLGOV", events[^1]);
    }

    [Theory]
    [InlineData("After Ostrava's ruling Fredville retaliated.", "SANCTION FREGOV OSTGOV")]
    [InlineData("In Ostrava Fredville retaliated.", "SANCTION FREGOV SYLGOV")]
    public void A_country_named_earlier_in_the_acts_own_clause_is_its_other_party_unless_it_is_the_place(string sentence, string expected)
    {
        var events = Code("Sylvania, Sylvania and Sylvania watched.\n" + sentence);

        Assert.Equal(expected, events[^1][(events[^1].IndexOf(' ') + 1)..]);
    }

    [Fact]
    public void The_verb_after_a_relative_clause_closed_by_a_comma_belongs_to_the_clauses_antecedent()
    {
        var events = Code("Fredville, who criticized Ostrava, praised Sylvania in 2030.");

        Assert.Contains(events, e => e.EndsWith("SUPPORT FREGOV SYLGOV", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Contains("SUPPORT OSTGOV", StringComparison.Ordinal));
    }

    [Fact]
    public void Far_from_any_other_country_the_counterpart_is_the_article_one()
    {
        var events = Code("Sylvania, Sylvania and Ostrava watched.\nNothing else.\nFredville retaliated.");

        Assert.Equal(["2031-06 SANCTION FREGOV SYLGOV"], events);
    }

    [Fact]
    public void Coordinated_subjects_of_a_one_sided_event_make_one_event_each()
    {
        var events = Code("Freedonia and Sylvania criticized Ostrava in March 2031.");

        Assert.Equal(["2031-03 ACCUSE SYLGOV OSTGOV", "2031-03 ACCUSE FREGOV OSTGOV"], events);
    }

    [Fact]
    public void Coordinated_objects_of_a_one_sided_event_make_one_event_each()
    {
        var events = Code("Ostrava criticized Freedonia and Sylvania in March 2031.");

        Assert.Equal(["2031-03 ACCUSE OSTGOV FREGOV", "2031-03 ACCUSE OSTGOV SYLGOV"], events);
    }

    [Fact]
    public void Coordinated_parties_of_a_joint_event_make_one_event_between_them()
    {
        var events = Code("Freedonia and Sylvania meet in March 2031.");

        Assert.Equal(["2031-03 CONSULT SYLGOV FREGOV"], events);
    }

    [Fact]
    public void Both_standing_alone_refers_to_the_pair_last_joined_by_and_and_under_makes_it_the_target()
    {
        var events = Code("Freedonia and Sylvania deal with Ostrava.\nBoth are under pressure to buy more grain.");

        Assert.Equal(["2031-06 REQUEST OSTGOV FREGOV", "2031-06 REQUEST OSTGOV SYLGOV"], events);
    }

    [Fact]
    public void Under_pressure_from_an_actor_makes_it_the_source_and_the_subject_the_target()
    {
        var events = Code("Sylvania is under pressure from Ostrava to cut tariffs in March 2031.");

        Assert.Equal(["2031-03 REQUEST OSTGOV SYLGOV"], events);
    }

    [Fact]
    public void A_reduced_passive_with_by_takes_the_agent_as_source()
    {
        var events = Code("Sylvania conscripted by Freedonia in 1901 to 1920 suffered.");

        Assert.Equal(["1901/1920 COERCE FREGOV SYLGOV"], events);
    }

    [Fact]
    public void A_reduced_passive_during_a_named_period_takes_its_ruler_as_source()
    {
        // "Korean War" is a named period of the real cue file; the made-up countries only borrow its name.
        var events = Code("Sylvania conscripted for labour during Freedonia's Korean War.");

        Assert.Equal(["1950/1953 COERCE FREGOV SYLGOV"], events);
    }

    [Fact]
    public void An_active_verb_followed_by_a_preposition_keeps_its_subject_as_source()
    {
        var events = Code("Fredville retaliated against Sylvania in March 2031.");

        Assert.Equal(["2031-03 SANCTION FREGOV SYLGOV"], events);
    }

    [Theory]
    [InlineData("Freedonia remains a steady partner in cooperation with Sylvania.")]
    [InlineData("Freedonia sees room for cooperation with Sylvania.")]
    public void A_bare_event_noun_after_a_generic_preposition_is_no_event(string sentence)
    {
        Assert.Empty(Code(sentence));
    }

    [Fact]
    public void A_headline_yields_no_event_of_its_own()
    {
        Assert.Equal(["2031-06-15 ACCUSE FREGOV SYLGOV"], Code("Freedonia Criticizes Sylvania\nFredville criticized Sylvania."));
        Assert.Single(Code("Freedonia criticized Sylvania"));
    }

    [Theory]
    [InlineData("Freedonia has long urged Sylvania to lift the tariffs.", false)]
    [InlineData("Freedonia routinely criticizes Sylvania's drills.", false)]
    [InlineData("Freedonia tends to praise Sylvania in March.", false)]
    [InlineData("Freedonia urged Sylvania to lift the tariffs.", true)]
    public void A_habit_is_no_event(string sentence, bool coded)
    {
        Assert.Equal(coded, Code(sentence).Count > 0);
    }

    [Fact]
    public void An_event_noun_with_a_possessor_after_a_preposition_is_an_event()
    {
        var events = Code("Ostrava spoke of Freedonia's cooperation with Sylvania in March 2031.");

        Assert.Equal(["2031-03 COOPERATE FREGOV SYLGOV"], events);
    }

    [Fact]
    public void A_trigger_word_inside_an_organisation_name_is_no_trigger()
    {
        Assert.Empty(Code("The Freedonian Cooperation Council opened in March 2031."));
    }

    [Fact]
    public void Two_actors_of_one_country_make_no_event_unless_it_is_domestic()
    {
        Assert.Empty(Code("Fredville praised Freedonian firms in March 2031."));
        Assert.Equal(["2031-03 ACCUSE FRECVL FREGOV"], Code("Freedonian farmers criticized Fredville in March 2031."));
    }
}
