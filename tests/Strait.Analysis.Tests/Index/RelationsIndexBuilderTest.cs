using NodaTime;
using Strait.Analysis.Index;
using Strait.Core.Events;

namespace Strait.Analysis.Tests.Index;

public class RelationsIndexBuilderTest
{
    [Fact]
    public void Build_sums_weights_of_a_month_and_decays_them_afterwards()
    {
        // Half-life of one month: the level halves every month without events.
        var index = new RelationsIndexBuilder(Made.Settings(halfLife: 1)).Build([
            Made.Event(EventType.AGREE, "2031-01-05"),
            Made.Event(EventType.ACCUSE, "2031-01-20"),
            Made.Event(EventType.CONSULT, "2031-03-02"),
        ]);

        Assert.Equal([5.0, 2.5, 6.25], index.Months.Select(m => m.Level));
        Assert.Equal([5.0, 0.0, 5.0], index.Months.Select(m => m.Flow));
        Assert.Equal(new YearMonth(2031, 1), index.Months[0].Month);
    }

    [Fact]
    public void Build_counts_an_event_reported_by_many_articles_once()
    {
        var once = new RelationsIndexBuilder(Made.Settings()).Build([Made.Event(EventType.SANCTION, "2031-07-04", "JPNGOV", "KORGOV")]);
        var thrice = new RelationsIndexBuilder(Made.Settings()).Build([
            Made.Event(EventType.SANCTION, "2031-07-04", "JPNGOV", "KORGOV", document: "a"),
            Made.Event(EventType.SANCTION, "2031-07-04", "JPNGOV", "KORBUS", document: "b"),
            Made.Event(EventType.SANCTION, "2031-07", "JPN", "KOR", document: null),
        ]);

        Assert.Equal(-10.0, once.Months.Single().Level);
        Assert.Equal(-10.0, thrice.Months.Single().Level);
        Assert.Single(thrice.Events);
    }

    [Fact]
    public void Build_ignores_events_outside_the_dyad_and_weighs_third_parties_by_their_factor()
    {
        var index = new RelationsIndexBuilder(Made.Settings(thirdParty: 0.5)).Build([
            Made.Event(EventType.AGREE, "2031-02-01", "USAGOV", "KORGOV", Issue.Security),
            Made.Event(EventType.AGREE, "2031-02-01", "USAGOV", "KORGOV", Issue.Trade),
            Made.Event(EventType.SANCTION, "2031-02-01", "KORGOV", "PRKGOV", Issue.Security),
        ]);

        Assert.Equal(5.0, index.Months.Single().Level);
        Assert.Single(index.Events);
    }

    [Fact]
    public void Build_counts_planned_events_at_their_share()
    {
        var index = new RelationsIndexBuilder(Made.Settings(planned: 0.5)).Build([Made.Event(EventType.CONSULT, "2031-05-21", status: EventStatus.Planned)]);

        Assert.Equal(2.5, index.Months.Single().Level);
    }

    [Fact]
    public void Build_spreads_a_year_dated_event_so_its_total_is_unchanged()
    {
        var index = new RelationsIndexBuilder(Made.Settings()).Build([Made.Event(EventType.AGREE, "2031")]);

        Assert.Equal(12, index.Months.Count);
        Assert.Equal(10.0, index.Months.Sum(m => m.Flow), 9);
    }

    [Fact]
    public void Build_breaks_the_level_down_by_issue_adding_up_to_the_whole()
    {
        var index = new RelationsIndexBuilder(Made.Settings(halfLife: 2)).Build([
            Made.Event(EventType.SANCTION, "2031-07-04", "JPNGOV", "KORGOV", Issue.Trade),
            Made.Event(EventType.ACCUSE, "2031-08-22", "KORGOV", "JPNGOV", Issue.History),
            Made.Event(EventType.CONSULT, "2031-09-10", issue: Issue.Diplomacy),
        ]);

        foreach (var month in index.Months)
        {
            Assert.Equal(month.Level, month.Issues.Values.Sum(), 9);
        }

        Assert.Equal(-10.0 * Math.Pow(0.5, 1.0 / 2), index.Months[1].Issues[Issue.Trade], 9);
        Assert.Equal(-5.0, index.Months[1].Issues[Issue.History], 9);
        Assert.Equal(0.0, index.Months[1].Issues[Issue.Security]);
    }

    [Fact]
    public void Build_runs_on_through_quiet_months_to_the_requested_end()
    {
        var index = new RelationsIndexBuilder(Made.Settings()).Build([Made.Event(EventType.AGREE, "2031-01-05")], through: new YearMonth(2031, 6));

        Assert.Equal(6, index.Months.Count);
        Assert.Equal(0, index.Months[^1].Flow);
        Assert.True(index.Months[^1].Level > 0);
    }

    [Fact]
    public void Build_flags_a_crisis_when_the_level_falls_below_the_band_of_the_history_before_it()
    {
        // A quiet, mildly friendly year (a visit every month), then a sanction.
        var events = Enumerable.Range(1, 12).Select(m => Made.Event(EventType.CONSULT, $"2031-{m:00}-10")).ToList();
        events.Add(Made.Event(EventType.SANCTION, "2032-01-10", "JPNGOV", "KORGOV", Issue.Trade));
        events.Add(Made.Event(EventType.SANCTION, "2032-01-20", "KORGOV", "JPNGOV", Issue.Trade));
        var index = new RelationsIndexBuilder(Made.Settings(halfLife: 3, band: new BandSettings(12, 6, 2.0, 1.0))).Build(events);

        Assert.DoesNotContain(index.Months.Where(m => m.Month.Year == 2031), m => m.Crisis);
        var crisis = index.MonthOf(new YearMonth(2032, 1))!;
        Assert.True(crisis.Crisis);
        Assert.NotNull(crisis.Range);
        Assert.True(crisis.Level < crisis.Range!.Low);
    }

    [Fact]
    public void By_aggregates_months_to_quarters_and_years_with_means_and_crisis_counts()
    {
        var index = new RelationsIndexBuilder(Made.Settings(halfLife: 1)).Build([
            Made.Event(EventType.AGREE, "2031-01-05"),
            Made.Event(EventType.ACCUSE, "2031-04-20"),
        ], through: new YearMonth(2031, 12));

        var quarters = index.By(PeriodKind.Quarter);
        Assert.Equal(["2031-Q1", "2031-Q2", "2031-Q3", "2031-Q4"], quarters.Select(q => q.Period.Label));
        Assert.Equal((10 + 5 + 2.5) / 3, quarters[0].Index, 9);
        Assert.Equal(10.0, quarters[0].Flow);
        Assert.Equal(3, quarters[0].Months);
        var year = Assert.Single(index.By(PeriodKind.Year));
        Assert.Equal("2031", year.Period.Label);
        Assert.Equal(index.Months.Average(m => m.Level), year.Index, 9);
        Assert.Equal(index.Months.Count(m => m.Crisis), year.CrisisMonths);
        Assert.Equal(12, index.By(PeriodKind.Month).Count);
    }

    [Fact]
    public void Decay_follows_the_half_life() =>
        Assert.Equal(0.5, Math.Pow(Made.Settings(halfLife: 12).Decay, 12), 12);
}
