using Strait.Core.Documents;
using Strait.Core.Time;

namespace Strait.Text.Tests.Coding;

/// <summary>
/// Rules that need the real taggers (times, actors, the reference tracker across sentences), checked on made-up
/// sentences about the real countries the knowledge files name.
/// </summary>
public sealed class RealPipelineCodingTest
{
    private static List<string> Code(string text, PartialDate published) =>
        TestData.RealPipeline.Value.Run(Document.Create("test", "test.txt", published, PublishedBasis.Header, text)).Value
            .Events.Select(e => $"{e.When} {e.Type} {e.Source} {e.Target}").ToList();

    [Fact]
    public void A_possessive_pronoun_opening_the_sentence_owns_the_subject_that_acts()
    {
        var events = Code("North Korea fired a rocket on Monday. Its foreign ministry issued a statement later on Monday condemning Japan.", PartialDate.Day(2024, 5, 28));

        Assert.Contains("2024-05-27 ACCUSE PRKMIL JPNGOV", events);
    }

    [Fact]
    public void A_month_after_agreed_to_dates_the_act_agreed_on_ahead_and_not_the_agreement()
    {
        var events = Code("Japan and South Korea agreed on Monday to hold working-level talks on trade in June.", PartialDate.Day(2031, 4, 25));

        Assert.Contains("2031-06 CONSULT KORGOV JPNGOV", events);
        Assert.DoesNotContain(events, e => e.StartsWith("2030-06", StringComparison.Ordinal));
    }

    [Fact]
    public void They_after_a_meeting_in_the_paragraph_are_the_two_who_met()
    {
        var events = Code("Lee Myung-bak met Yasuo Fukuda in Tokyo on Monday. Together they urged North Korea to return to talks.", PartialDate.Day(2008, 4, 25));

        Assert.Contains("2008-04-21 REQUEST JPNGOV PRKGOV", events);
        Assert.Contains("2008-04-21 REQUEST KORGOV PRKGOV", events);
    }

    [Fact]
    public void The_day_of_a_wire_dateline_dates_the_report_not_the_news()
    {
        var events = Code("SEOUL, April 25 -- South Korea's president met Japan's prime minister in Tokyo on Monday.", PartialDate.Day(2031, 4, 25));

        Assert.Contains("2031-04-21 CONSULT KORGOV JPNGOV", events);
    }

    [Fact]
    public void A_day_after_of_and_another_noun_dates_that_noun_not_the_act()
    {
        var events = Code("Japan offered condolences to South Korea over the crowd crush of Oct. 29.", PartialDate.Day(2022, 11, 15));

        Assert.Contains(events, e => e.EndsWith("SUPPORT JPNGOV KORGOV", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.StartsWith("2022-10-29", StringComparison.Ordinal));
    }

    [Fact]
    public void An_infinitive_of_purpose_after_the_object_of_a_call_is_the_callers_act()
    {
        var events = Code("Lee Myung-bak telephoned Naoto Kan on March 13 to offer condolences.", PartialDate.Day(2011, 10, 19));

        Assert.Contains("2011-03-13 SUPPORT KORGOV JPNGOV", events);
        Assert.DoesNotContain("2011-03-13 SUPPORT JPNGOV KORGOV", events);
    }

    [Fact]
    public void People_put_to_work_in_the_war_are_the_forced_labour_episode()
    {
        var events = Code("In 1942 thousands of Koreans were put to work in coal mines in Kyushu.", PartialDate.Day(2019, 7, 10));

        Assert.Contains("1942 COERCE JPNGOV KORCVL", events);
    }

    [Fact]
    public void He_after_a_meeting_is_the_one_who_acted_not_the_one_met()
    {
        var events = Code("Junichiro Koizumi met Kim Jong Il on Tuesday. He lodged a strong protest over the deaths.", PartialDate.Day(2002, 9, 18));

        Assert.Contains("2002-09-17 ACCUSE JPNGOV PRKGOV", events);
        Assert.DoesNotContain("2002-09-17 ACCUSE PRKGOV JPNGOV", events);
    }

    [Fact]
    public void A_body_described_by_its_noun_is_the_body_named_before()
    {
        var events = Code("The National Assembly passed a motion on Monday. On Dec. 14 the assembly impeached President Yoon Suk Yeol.", PartialDate.Day(2024, 12, 20));

        Assert.Contains("2024-12-14 SANCTION KORLEG KORGOV", events);
    }

    [Fact]
    public void An_act_at_home_may_take_a_person_of_the_sources_own_country_as_him()
    {
        var events = Code("Japanese Prime Minister Shigeru Ishiba voiced concern on Dec. 4. President Yoon Suk Yeol spoke on Dec. 12. The National Assembly impeached him on Dec. 14.", PartialDate.Day(2024, 12, 20));

        Assert.Contains("2024-12-14 SANCTION KORLEG KORGOV", events);
        Assert.DoesNotContain("2024-12-14 SANCTION KORLEG JPNGOV", events);
    }

    [Fact]
    public void The_country_as_a_subject_is_the_state_that_acted_last()
    {
        var events = Code("South Korea protested to Japan on Monday. The country also recalled its ambassador from Tokyo on Tuesday.", PartialDate.Day(2019, 9, 12));

        Assert.Contains("2019-09-10 SANCTION KORGOV JPNGOV", events);
    }
}
