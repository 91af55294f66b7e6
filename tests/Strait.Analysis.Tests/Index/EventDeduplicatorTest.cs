using Strait.Analysis.Index;
using Strait.Core.Events;
using Strait.Core.Time;

namespace Strait.Analysis.Tests.Index;

public class EventDeduplicatorTest
{
    private readonly EventDeduplicator _deduplicator = new();

    [Fact]
    public void Merge_counts_reports_of_one_event_once_and_keeps_every_evidence()
    {
        var merged = _deduplicator.Merge([
            Made.Event(EventType.SANCTION, "2031-07-04", "JPNGOV", "KORBUS", evidence: "Tokyo curbed exports", document: "a"),
            Made.Event(EventType.SANCTION, "2031-07", "JPN", "KORGOV", evidence: "export curbs in July", document: "b"),
            Made.Event(EventType.SANCTION, "2031-07-04", "JPNGOV", "KORGOV", evidence: "almanac line", document: null),
        ]);

        var single = Assert.Single(merged);
        Assert.Equal(PartialDate.Day(2031, 7, 4), single.Event.When);
        Assert.Equal(3, single.Reports.Count);
        Assert.Equal(3, single.Event.Evidence.Count);
        Assert.Contains("made-up almanac", single.Sources);
    }

    [Fact]
    public void Merge_keeps_events_on_different_days_apart()
    {
        var merged = _deduplicator.Merge([
            Made.Event(EventType.CONSULT, "2031-05-07"),
            Made.Event(EventType.CONSULT, "2031-05-21"),
        ]);

        Assert.Equal(2, merged.Count);
    }

    [Fact]
    public void Merge_chains_overlapping_reports_into_one_event()
    {
        var merged = _deduplicator.Merge([
            Made.Event(EventType.ACCUSE, "2031-03-30"),
            Made.Event(EventType.ACCUSE, "2031-03/2031-04"),
            Made.Event(EventType.ACCUSE, "2031-04-02"),
        ]);

        Assert.Single(merged);
    }

    [Theory]
    [InlineData(EventType.CONSULT, 1)]
    [InlineData(EventType.AGREE, 1)]
    [InlineData(EventType.ACCUSE, 2)]
    [InlineData(EventType.SANCTION, 2)]
    public void Merge_reads_symmetric_types_in_either_order_and_directed_types_by_direction(EventType type, int expected)
    {
        var merged = _deduplicator.Merge([
            Made.Event(type, "2031-01-10", "KORGOV", "JPNGOV"),
            Made.Event(type, "2031-01-10", "JPNGOV", "KORGOV"),
        ]);

        Assert.Equal(expected, merged.Count);
    }

    [Fact]
    public void Merge_keeps_different_types_apart()
    {
        var merged = _deduplicator.Merge([
            Made.Event(EventType.CONSULT, "2031-01-10"),
            Made.Event(EventType.AGREE, "2031-01-10"),
        ]);

        Assert.Equal(2, merged.Count);
    }

    [Fact]
    public void Merge_makes_a_planned_and_a_done_report_one_occurred_event()
    {
        var merged = _deduplicator.Merge([
            Made.Event(EventType.CONSULT, "2031-05", status: EventStatus.Planned),
            Made.Event(EventType.CONSULT, "2031-05-21"),
        ]);

        var single = Assert.Single(merged);
        Assert.Equal(EventStatus.Occurred, single.Event.Status);
        Assert.Equal(PartialDate.Day(2031, 5, 21), single.Event.When);
    }

    [Fact]
    public void Merge_drops_undated_reports()
    {
        var undated = Made.Event(EventType.CONSULT, "2031") with { When = null };

        Assert.Empty(_deduplicator.Merge([undated]));
    }
}
