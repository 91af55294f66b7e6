using Strait.Core.Time;
using Strait.Text.Coding;
using Strait.Text.Pipeline;

namespace Strait.Text.Tests.Coding;

/// <summary>
/// How the coder finds a source the trigger's clause does not name: a pronoun opening its sentence, the head of a
/// relative clause, the body a subject is part of, a group of three, a definite description of a firm, a bare group
/// word; on made-up text with a small made-up pattern list and the real cue and issue files.
/// </summary>
public sealed class SourceReferenceTest
{
    private const string Patterns = """
        forms:
          met: meet
        patterns:
          - type: ACCUSE
            phrases: ["complain about", "criticize"]
          - type: THREATEN
            phrases: ["fire * missiles"]
          - type: SANCTION
            phrases: ["order * to pay", "strike * off"]
          - type: CONCEDE
            phrases: ["apologise to"]
          - type: CONSULT
            symmetric: true
            phrases: ["meet"]
          - type: AGREE
            symmetric: true
            phrases: ["sign"]
          - type: CONSULT
            symmetric: true
            nominal: true
            phrases: ["summit"]
          - type: PROTEST
            nominal: true
            phrases: ["boycott"]
        """;

    private static readonly Lazy<CodingKnowledge> Knowledge = new(() => MadeUpCoding.Knowledge(Patterns));

    private static readonly (string, string, MentionKind)[] Actors =
    [
        ("Freedonia", "FRE", MentionKind.Country),
        ("Freedonian", "FRE", MentionKind.Country),
        ("Sylvania", "SYL", MentionKind.Country),
        ("Ostrava", "OST", MentionKind.Country),
        ("Ruritania", "RUR", MentionKind.Country),
        ("Fredville", "FREGOV", MentionKind.Metonym),
        ("Ostrava High Court", "OSTJUD", MentionKind.Group),
        ("Acme Motors", "FREBUS", MentionKind.Organisation),
        ("President Rufus", "SYLGOV", MentionKind.Person),
        ("Minister Ludmila", "FREGOV", MentionKind.Person),
    ];

    /// <summary>Tags the text as one paragraph per line, its sentences ending at ". ", and codes it: "type source target" per event.</summary>
    private static List<string> Code(string text) => MadeUpCoding.Parties(Knowledge.Value, Actors, text);

    [Fact]
    public void It_opening_a_sentence_is_the_last_sentences_subject_even_in_the_next_paragraph()
    {
        Assert.Equal(["ACCUSE SYLGOV FREGOV"], Code("Sylvania was still not done with Freedonia.\nIt complained about Freedonia in May 2031."));
    }

    [Fact]
    public void It_in_the_middle_of_a_sentence_stays_the_last_state_named()
    {
        Assert.Equal(["ACCUSE FREGOV SYLGOV"], Code("Ostrava was calm. Freedonia said that in May 2031 it criticized Sylvania."));
    }

    [Fact]
    public void An_expletive_it_names_no_source()
    {
        Assert.Empty(Code("Sylvania was still not done with Freedonia. It was then expected to criticize Ostrava in May 2031."));
    }

    [Fact]
    public void A_relative_clause_after_a_comma_is_about_the_mention_before_it()
    {
        Assert.Equal(["THREATEN SYLGOV OSTGOV"], Code("Ostrava protested to Sylvania, which fired two missiles toward Ostrava on 3 May 2031."));
    }

    [Fact]
    public void A_subject_that_is_part_of_a_body_takes_the_body_as_source()
    {
        Assert.Equal(["SANCTION OSTJUD FREGOV"], Code("In May 2031 a panel of the Ostrava High Court ordered Freedonia to pay the victims."));
    }

    [Fact]
    public void A_trilateral_act_is_one_event_per_pair_of_the_three_countries_named_nearby()
    {
        var events = Code("Freedonia, Sylvania and Ostrava have argued for years.\nThe next trilateral summit would be held in 2032.");

        Assert.Equal(3, events.Count);
        Assert.Equal(["FRE", "OST", "SYL"], events.SelectMany(e => e.Split(' ').Skip(1)).Select(a => a[..3]).Distinct().Order());
    }

    [Fact]
    public void The_three_as_a_subject_is_the_group_of_three()
    {
        var events = Code("Freedonia hosted Sylvania and Ostrava on 3 May 2031.\nThe three met again on 4 May 2031.");

        Assert.Equal(["CONSULT FREGOV OSTGOV", "CONSULT FREGOV SYLGOV", "CONSULT SYLGOV OSTGOV"], events.Order());
    }

    [Fact]
    public void The_three_before_a_body_of_state_is_the_group_of_three()
    {
        var events = Code("Freedonia hosted Sylvania and Ostrava on 3 May 2031.\nThe three navies met again on 4 May 2031.");

        Assert.Equal(["CONSULT FREGOV OSTGOV", "CONSULT FREGOV SYLGOV", "CONSULT SYLGOV OSTGOV"], events.Order());
    }

    [Fact]
    public void The_three_before_a_plain_noun_is_no_group()
    {
        Assert.Empty(Code("Freedonia, Sylvania and Ostrava argued.\nThe three envoys met on 4 May 2031."));
    }

    [Fact]
    public void The_company_is_the_country_of_the_last_firm_named()
    {
        Assert.Contains("CONCEDE FREBUS SYLGOV", Code("Sylvania and Ostrava argued with Acme Motors over prices. The company later apologised to Sylvania on 3 May 2031."));
    }

    [Fact]
    public void Citizens_are_the_civilians_of_the_country_the_article_is_about()
    {
        Assert.Equal(["PROTEST SYLCVL FREGOV"], Code("Sylvania and Freedonia quarrelled. Sylvania was angry. Citizens began a boycott of Freedonia on 3 May 2031."));
    }

    [Fact]
    public void He_is_the_sentences_subject_before_a_person_a_preposition_governs()
    {
        Assert.Equal(["ACCUSE SYLGOV OSTGOV"], Code("President Rufus held talks with Minister Ludmila on 3 May 2031, where he criticized Ostrava."));
    }

    [Fact]
    public void A_bare_group_word_belongs_to_the_country_named_most_lately()
    {
        Assert.Equal(["PROTEST SYLCVL FREGOV"], Code("Freedonia and Freedonia argued. Sylvania was angry. Sylvania was sad. Consumers began a boycott of Freedonia on 3 May 2031."));
    }

    [Fact]
    public void A_bare_group_word_does_not_take_the_country_its_own_sentence_names_after_it()
    {
        Assert.Equal(["PROTEST SYLCVL FREGOV"], Code("Sylvania was angry. Consumers began a boycott of Freedonia, Freedonia and Freedonia on 3 May 2031."));
    }

    [Fact]
    public void A_shop_owner_who_acts_is_the_source_of_the_relative_clause()
    {
        Assert.Equal(["PROTEST SYLBUS FREGOV"], Code("Sylvania was angry. A shop owner in the capital who began a boycott of Freedonia on 3 May 2031 spoke."));
    }

    [Fact]
    public void They_acting_alone_is_the_group_named_last()
    {
        Assert.Equal(["ACCUSE SYLCVL FREGOV"], Code("Sylvania was angry. Freedonia ignored the plaintiffs.\nThey criticized Freedonia again on 3 May 2031."));
    }

    [Fact]
    public void They_acting_alone_after_a_pair_is_each_of_the_pair()
    {
        Assert.Equal(["ACCUSE SYLGOV OSTGOV", "ACCUSE FREGOV OSTGOV"], Code("Sylvania and Freedonia were angry. They criticized Ostrava on 3 May 2031."));
    }

    [Fact]
    public void The_two_countries_with_none_named_nearby_are_the_articles_two_main_countries()
    {
        Assert.Equal(["AGREE SYLGOV FREGOV"], Code("Sylvania quarrelled with Freedonia. Freedonia quarrelled with Sylvania.\nRuritania watched Ostrava.\nWhy now?\nIn May 2031 the two countries signed a treaty."));
    }

    [Fact]
    public void A_gerund_after_by_is_the_act_of_the_sentences_subject()
    {
        Assert.Equal(["SANCTION FREGOV SYLGOV"], Code("Fredville, which regards the claims as settled, answered in May 2031 by striking Sylvania off its list."));
    }

    [Fact]
    public void A_pair_phrase_after_a_mention_is_the_nearer_subject()
    {
        Assert.Equal(["CONSULT SYLGOV FREGOV", "AGREE SYLGOV FREGOV"], Code("Sylvania met Freedonia in Ostrava on 3 May 2031 and the two sides signed a deal."));
    }

    [Fact]
    public void The_two_right_before_a_trigger_is_the_last_pair()
    {
        Assert.Equal(["CONSULT SYLGOV FREGOV", "AGREE SYLGOV FREGOV"], Code("President Rufus met Minister Ludmila on 3 May 2031, and the two signed a deal."));
    }

    [Fact]
    public void The_two_before_a_plain_noun_is_no_pair()
    {
        Assert.Empty(Code("Sylvania and Freedonia quarrelled.\nThe two reports from Ostrava criticized Sylvania in May 2031."));
    }
}
