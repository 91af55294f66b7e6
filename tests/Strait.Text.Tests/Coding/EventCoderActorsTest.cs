using Strait.Core.Time;
using Strait.Text.Coding;
using Strait.Text.Pipeline;

namespace Strait.Text.Tests.Coding;

/// <summary>
/// How the coder finds the actors of an event the clause does not name outright (agentless passives, dated
/// participles, descriptions such as "the foreign minister", bodies as venues), on made-up text with a small
/// made-up pattern list and the real cue and issue files.
/// </summary>
public sealed class EventCoderActorsTest
{
    private const string Patterns = """
        forms:
          met: meet
        patterns:
          - type: SANCTION
            phrases: ["sanction", "impose * tariffs"]
          - type: CONSULT
            symmetric: true
            phrases: ["meet", "talk with"]
          - type: AGREE
            symmetric: true
            phrases: ["sign"]
          - type: ACCUSE
            phrases: ["criticize", "disappoint", "accuse", "anger with", "regrettable"]
          - type: ACCUSE
            nominal: true
            phrases: ["complaint"]
        """;

    private static readonly Lazy<CodingKnowledge> Knowledge = new(() => MadeUpCoding.Knowledge(Patterns));

    private static readonly (string, string, MentionKind)[] Actors =
    [
        ("Freedonia", "FRE", MentionKind.Country),
        ("Sylvania", "SYL", MentionKind.Country),
        ("Sylvania's", "SYL", MentionKind.Country),
        ("Ostrava", "OST", MentionKind.Country),
        ("Fredville", "FREGOV", MentionKind.Metonym),
        ("Foreign Minister Ludmila", "FREGOV", MentionKind.Person),
        ("President Rufus", "SYLGOV", MentionKind.Person),
        ("WTO", "IGOWTO", MentionKind.Organisation),
    ];

    /// <summary>Tags the text as one paragraph per line, its sentences ending at ". ", and codes it: "type source target" per event.</summary>
    private static List<string> Code(string text) => MadeUpCoding.Parties(Knowledge.Value, Actors, text);

    [Fact]
    public void The_subject_of_an_agentless_passive_is_its_target_and_the_counterpart_its_source()
    {
        Assert.Equal(["SANCTION FREGOV SYLGOV"], Code("Freedonia quarrelled with its neighbour. Sylvania was sanctioned in May 2031."));
    }

    [Fact]
    public void Coordinated_sources_each_act_on_every_coordinated_target()
    {
        Assert.Equal(["ACCUSE SYLGOV OSTGOV", "ACCUSE FREGOV OSTGOV", "ACCUSE SYLGOV IGOWTO", "ACCUSE FREGOV IGOWTO"],
            Code("Freedonia and Sylvania criticized Ostrava and the WTO in May 2031."));
    }

    [Fact]
    public void A_by_phrase_still_names_the_agent_of_a_passive()
    {
        Assert.Equal(["SANCTION OSTGOV SYLGOV"], Code("Freedonia quarrelled with its neighbour. Sylvania was sanctioned by Ostrava in May 2031."));
    }

    [Fact]
    public void A_participle_that_states_the_subjects_own_stance_keeps_the_subject_as_source()
    {
        Assert.Equal(["ACCUSE SYLGOV FREGOV"], Code("Sylvania was disappointed with Freedonia in May 2031."));
    }

    [Fact]
    public void A_stance_word_that_matches_with_its_preposition_keeps_the_subject_as_source()
    {
        Assert.Equal(["ACCUSE SYLGOV FREGOV"], Code("Sylvania was angered with Freedonia in May 2031."));
    }

    [Fact]
    public void An_adjective_after_a_copula_is_no_passive()
    {
        Assert.Equal(["ACCUSE SYLGOV FREGOV"], Code("Freedonia waited. Sylvania's absence was regrettable."));
    }

    [Fact]
    public void A_progressive_form_is_no_passive()
    {
        Assert.Equal(["SANCTION SYLGOV FREGOV"], Code("Freedonia waited. Sylvania is sanctioning its neighbour."));
    }

    [Fact]
    public void A_dated_participle_of_a_joint_act_is_an_act_between_the_articles_counterparts()
    {
        var events = Code("Freedonia and Sylvania quarrelled again. The pact, signed in May 2030, lapsed.");

        Assert.Single(events);
        Assert.StartsWith("AGREE ", events[0]);
        Assert.Contains("FREGOV", events[0]);
        Assert.Contains("SYLGOV", events[0]);
    }

    [Fact]
    public void An_undated_mention_of_a_pact_is_no_signing()
    {
        Assert.Empty(Code("Freedonia and Sylvania quarrelled again. The pact, signed long ago, lapsed."));
    }

    [Fact]
    public void A_dated_participle_makes_no_event_when_the_article_names_no_pair()
    {
        Assert.Empty(Code("The pact, signed in May 2030, lapsed."));
    }

    [Fact]
    public void A_person_description_is_the_last_person_named_with_that_title()
    {
        var events = Code("Foreign Minister Ludmila met President Rufus in May 2031. The foreign minister later criticized Ostrava.");

        Assert.Equal(["CONSULT FREGOV SYLGOV", "ACCUSE FREGOV OSTGOV"], events);
    }

    [Fact]
    public void A_description_without_a_named_person_of_that_title_in_the_paragraph_makes_no_event()
    {
        Assert.Empty(Code("Freedonia waited. The president later criticized Ostrava."));
    }

    [Fact]
    public void A_state_description_is_the_state_that_acted_last()
    {
        var events = Code("Freedonia imposed new tariffs on Sylvania. The ministry later criticized Sylvania.");

        Assert.Equal(["SANCTION FREGOV SYLGOV", "ACCUSE FREGOV SYLGOV"], events);
    }

    [Fact]
    public void A_description_after_a_preposition_is_not_the_subject()
    {
        Assert.Equal(["ACCUSE SYLGOV FREGOV"], Code("Freedonia waited. Sylvania criticized Freedonia as the ministry looked on."));
    }

    [Fact]
    public void A_body_named_before_a_complaint_is_its_forum_and_the_possessor_files_it()
    {
        Assert.Equal(["ACCUSE SYLGOV FREGOV"], Code("Sylvania's WTO complaint against Freedonia moved ahead in May 2031."));
    }

    [Fact]
    public void A_body_after_at_is_where_a_joint_act_happened_when_the_clause_names_two_parties()
    {
        var events = Code("Foreign Minister Ludmila and President Rufus met at the WTO in May 2031.");

        Assert.Single(events);
        Assert.Contains(events[0], new[] { "CONSULT FREGOV SYLGOV", "CONSULT SYLGOV FREGOV" });
    }

    [Fact]
    public void Joined_subjects_of_a_joint_act_are_its_parties_and_a_later_actor_belongs_to_another_noun()
    {
        var events = Code("President Rufus and Foreign Minister Ludmila met on the sidelines of the summit with Ostrava in May 2031.");

        Assert.Single(events);
        Assert.DoesNotContain("OST", events[0]);
    }

    [Fact]
    public void Joined_subjects_that_meet_a_third_party_make_a_meeting_for_each_pair()
    {
        var events = Code("President Rufus and Foreign Minister Ludmila met Ostrava in May 2031.");

        Assert.Equal(3, events.Count);
    }

    [Fact]
    public void They_after_a_reporting_verb_is_the_speaker()
    {
        Assert.Equal(["ACCUSE SYLGOV FREGOV"], Code("Sylvania said they criticized Freedonia in May 2031."));
    }

    [Fact]
    public void They_with_no_reporting_verb_before_it_names_no_source_of_a_one_sided_act()
    {
        Assert.Empty(Code("Sylvania waited. Then they criticized Freedonia in May 2031."));
    }

    [Fact]
    public void An_untargeted_act_aims_at_the_articles_main_counterpart_when_the_paragraph_names_it_and_no_other_country_twice()
    {
        const string Text = "Freedonia and Sylvania quarrelled. Sylvania and Freedonia argued. Sylvania waited.\nNothing changed.\n" +
            "Ostrava spoke of Sylvania. Freedonia sanctioned its neighbour.";

        Assert.Equal(["SANCTION FREGOV SYLGOV"], Code(Text));
    }

    [Fact]
    public void An_untargeted_act_aims_at_the_country_its_paragraph_names_most_when_it_names_it_twice()
    {
        const string Text = "Freedonia and Sylvania quarrelled. Sylvania and Freedonia argued. Sylvania waited.\nNothing changed.\n" +
            "Ostrava and Ostrava spoke of Sylvania. Freedonia sanctioned its neighbour.";

        Assert.Equal(["SANCTION FREGOV OSTGOV"], Code(Text));
    }

    [Fact]
    public void An_untargeted_act_aims_at_the_country_named_most_nearby_when_the_paragraph_does_not_name_the_main_counterpart()
    {
        const string Text = "Freedonia and Sylvania quarrelled. Sylvania and Freedonia argued. Sylvania waited.\nNothing changed.\n" +
            "Ostrava and Ostrava waited. Freedonia sanctioned its neighbour.";

        Assert.Equal(["SANCTION FREGOV OSTGOV"], Code(Text));
    }
}
