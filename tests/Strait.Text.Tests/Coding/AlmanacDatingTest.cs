using Strait.Core.Actors;
using Strait.Core.Events;
using Strait.Core.Knowledge;
using Strait.Core.Time;
using Strait.Text.Coding;

namespace Strait.Text.Tests.Coding;

public sealed class AlmanacDatingTest
{
    private static readonly Lazy<CodingKnowledge> Knowledge = new(() => CodingKnowledgeLoader.Load(TestData.DataDirectory()).Value);

    private static readonly PartialDate Published = PartialDate.Day(2031, 6, 15);

    private static readonly ActorCode Freedonia = ActorCode.Of("FRE", ActorRole.GOV);
    private static readonly ActorCode Sylvania = ActorCode.Of("SYL", ActorRole.GOV);
    private static readonly ActorCode SylvanianCourt = ActorCode.Of("SYL", ActorRole.JUD);
    private static readonly ActorCode Acme = ActorCode.Of("FRE", ActorRole.BUS);

    private static AlmanacEntry Entry(string when, EventType type, ActorCode source, ActorCode target, string summary, params string[] aliases) =>
        new(new CodedEvent(type, EventStatus.Occurred, source, target, PartialDate.ParseExact(when), Issue.Diplomacy, [], 1), summary, "made up", aliases, null);

    private static AlmanacDating Dating(params AlmanacEntry[] entries) =>
        new(entries, Knowledge.Value.Stemmer, Knowledge.Value.TypeFamilies, Knowledge.Value.CommonWords);

    private static List<string> Words(string sentence) =>
        WordTokenizer.Tokenize(sentence, 0, sentence.Length, Knowledge.Value.Stemmer).Select(t => t.Stem).ToList();

    private static readonly AlmanacEntry[] Rulings =
    [
        Entry("2029-08-02", EventType.SANCTION, SylvanianCourt, Acme, "The high court of Sylvania orders Acme Motors to pay damages to flood victims", "lakeside verdict"),
        Entry("2029-09-01", EventType.SANCTION, SylvanianCourt, Acme, "The high court orders Acme Motors to pay the flood victims of a second town"),
        Entry("2030-09-10", EventType.SANCTION, SylvanianCourt, Acme, "A district court seizes shares held by Acme Motors"),
    ];

    [Fact]
    public void Two_equally_fitting_entries_a_month_apart_give_the_interval_spanning_them()
    {
        var when = Dating(Rulings).Date(EventType.SANCTION, false, SylvanianCourt, Acme,
            Words("High court rulings ordering Acme Motors to pay flood victims have soured the mood."), Published, planned: false);

        Assert.Equal("2029-08-02/2029-09-01", when?.ToString());
    }

    [Fact]
    public void An_alias_in_the_sentence_picks_its_entry()
    {
        var when = Dating(Rulings).Date(EventType.SANCTION, false, SylvanianCourt, Acme,
            Words("The lakeside verdict still rankles."), Published, planned: false);

        Assert.Equal("2029-08-02", when?.ToString());
    }

    [Fact]
    public void An_old_entry_sharing_too_few_words_does_not_date_the_event()
    {
        var when = Dating(Rulings).Date(EventType.SANCTION, false, SylvanianCourt, Acme,
            Words("Judges punished the carmaker."), Published, planned: false);

        Assert.Null(when);
    }

    [Fact]
    public void A_recent_entry_of_the_same_type_and_parties_dates_the_event_without_shared_words()
    {
        var dating = Dating(Entry("2031-06-02", EventType.CONSULT, Sylvania, Freedonia, "Trentino travels to Fredville for a summit"));

        Assert.Equal("2031-06-02", dating.Date(EventType.CONSULT, true, Freedonia, Sylvania, Words("They talked."), Published, planned: false)?.ToString());
    }

    [Fact]
    public void The_parties_must_agree_in_order_for_a_one_sided_type()
    {
        var dating = Dating(Entry("2031-06-02", EventType.SANCTION, Sylvania, Freedonia, "Sylvania imposes tariffs on Freedonian cheese"));

        Assert.Null(dating.Date(EventType.SANCTION, false, Freedonia, Sylvania, Words("The tariffs on cheese hurt."), Published, planned: false));
        Assert.NotNull(dating.Date(EventType.SANCTION, false, Sylvania, Freedonia, Words("The tariffs on cheese hurt."), Published, planned: false));
    }

    [Fact]
    public void Entries_after_publication_do_not_date_an_occurred_event_but_may_date_a_planned_one()
    {
        var dating = Dating(Entry("2031-07-20", EventType.CONSULT, Sylvania, Freedonia, "Trentino and Rufus hold a summit at the lake"));
        var words = Words("Trentino and Rufus will hold a summit at the lake.");

        Assert.Null(dating.Date(EventType.CONSULT, true, Freedonia, Sylvania, words, Published, planned: false));
        Assert.Equal("2031-07-20", dating.Date(EventType.CONSULT, true, Freedonia, Sylvania, words, Published, planned: true)?.ToString());
    }

    [Fact]
    public void An_entry_of_the_same_family_needs_a_shared_word_and_one_of_another_family_never_fits()
    {
        var dating = Dating(Entry("2031-06-02", EventType.CONSULT, Sylvania, Freedonia, "Trentino and Rufus hold a lakeside summit"));

        Assert.Null(dating.Date(EventType.COOPERATE, true, Freedonia, Sylvania, Words("They agreed on cooperation."), Published, planned: false));
        Assert.Equal("2031-06-02", dating.Date(EventType.COOPERATE, true, Freedonia, Sylvania, Words("At the lakeside summit they stressed cooperation."), Published, planned: false)?.ToString());
        Assert.Null(dating.Date(EventType.ACCUSE, false, Freedonia, Sylvania, Words("At the lakeside summit Rufus blamed Trentino."), Published, planned: false));
    }

    [Fact]
    public void A_coarse_stated_date_is_refined_only_by_an_entry_inside_it_that_shares_a_word()
    {
        var dating = Dating(Rulings);

        Assert.Equal("2030-09-10", dating.Refine(EventType.SANCTION, false, SylvanianCourt, Acme, Words("In 2030 a court seized Acme shares."), PartialDate.Year(2030))?.ToString());
        Assert.Null(dating.Refine(EventType.SANCTION, false, SylvanianCourt, Acme, Words("In 2030 judges punished the carmaker."), PartialDate.Year(2030)));
        Assert.Null(dating.Refine(EventType.SANCTION, false, SylvanianCourt, Acme, Words("On 10 September a court seized Acme shares."), PartialDate.Day(2030, 9, 10)));
    }

    [Fact]
    public void An_event_at_an_international_body_fits_an_entry_of_the_other_party_that_names_the_body()
    {
        var council = ActorCode.InternationalBody("G30");
        var dating = Dating(Entry("2031-05-20", EventType.CONSULT, Sylvania, Freedonia, "At the G30 in Lakeport the two leaders shake hands"));

        var when = dating.Refine(EventType.CONSULT, true, council, Freedonia, Words("Last month's Group of 30 summit in Lakeport"), PartialDate.Month(2031, 5));

        Assert.Equal("2031-05-20", when?.ToString());
    }

    [Fact]
    public void An_event_at_an_international_body_does_not_fit_an_entry_that_does_not_name_it()
    {
        var council = ActorCode.InternationalBody("G30");
        var dating = Dating(Entry("2031-05-20", EventType.CONSULT, Sylvania, Freedonia, "The two leaders shake hands in Lakeport"));

        var when = dating.Refine(EventType.CONSULT, true, council, Freedonia, Words("Last month's Group of 30 summit in Lakeport"), PartialDate.Month(2031, 5));

        Assert.Null(when);
    }

    private static readonly AlmanacEntry[] Tariffs =
    [
        Entry("2030-11-20", EventType.SANCTION, Sylvania, Freedonia, "Sylvania imposes tariffs on Freedonian cheese, wine and timber", "cheese war"),
    ];

    [Theory]
    [InlineData("They retaliated with levies on cheese and wine.")]
    [InlineData("They retaliated against the farmers.")]
    public void An_entry_older_than_the_news_window_needs_three_shared_words_or_an_alias(string sentence)
    {
        Assert.Null(Dating(Tariffs).Date(EventType.SANCTION, false, Sylvania, Freedonia, Words(sentence), Published, planned: false));
    }

    [Theory]
    [InlineData("They retaliated with tariffs on cheese and wine.")]
    [InlineData("The cheese war hurt farmers.")]
    public void An_entry_older_than_the_news_window_dates_the_event_on_three_shared_words_or_an_alias(string sentence)
    {
        Assert.Equal("2030-11-20", Dating(Tariffs).Date(EventType.SANCTION, false, Sylvania, Freedonia, Words(sentence), Published, planned: false)?.ToString());
    }

    [Fact]
    public void An_entry_of_the_news_window_is_preferred_to_an_older_one_that_shares_more_words()
    {
        var dating = Dating([.. Tariffs, Entry("2031-06-11", EventType.SANCTION, Sylvania, Freedonia, "Sylvania bans imports of Freedonian timber")]);

        var when = dating.Date(EventType.SANCTION, false, Sylvania, Freedonia, Words("They retaliated with tariffs on cheese and wine."), Published, planned: false);

        Assert.Equal("2031-06-11", when?.ToString());
    }

    [Fact]
    public void The_news_peg_is_dated_only_by_an_entry_of_the_news_window()
    {
        var words = Words("They retaliated with tariffs on cheese and wine in the cheese war.");
        var peg = new AlmanacCues(MarkedPast: false, NewsOnly: true);

        Assert.Null(Dating(Tariffs).Date(EventType.SANCTION, false, Sylvania, Freedonia, words, Published, planned: false, peg));
        Assert.Equal("2031-06-11", Dating([.. Tariffs, Entry("2031-06-11", EventType.SANCTION, Sylvania, Freedonia, "Sylvania bans Freedonian timber")])
            .Date(EventType.SANCTION, false, Sylvania, Freedonia, words, Published, planned: false, peg)?.ToString());
    }

    [Fact]
    public void An_entry_older_than_the_limit_in_years_needs_an_alias_and_a_past_cue()
    {
        var dating = Dating(Entry("2026-04-09", EventType.REJECT, Sylvania, Freedonia, "Sylvanian President Trentino lands on Gull Rock, the disputed islet", "Gull Rock landing"));
        var named = Words("Former President Trentino's Gull Rock landing doubled his approval.");
        var described = Words("Former President Trentino landed on the disputed islet of Gull Rock.");

        Assert.Null(dating.Date(EventType.REJECT, false, Sylvania, Freedonia, named, Published, planned: false));
        Assert.Null(dating.Date(EventType.REJECT, false, Sylvania, Freedonia, described, Published, planned: false, new AlmanacCues(MarkedPast: true, NewsOnly: false)));
        Assert.Equal("2026-04-09", dating.Date(EventType.REJECT, false, Sylvania, Freedonia, named, Published, planned: false, new AlmanacCues(MarkedPast: true, NewsOnly: false))?.ToString());
    }
}
