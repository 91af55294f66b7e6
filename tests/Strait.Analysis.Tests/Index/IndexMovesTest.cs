using NodaTime;
using Strait.Analysis.Index;
using Strait.Core.Events;

namespace Strait.Analysis.Tests.Index;

public class IndexMovesTest
{
    [Fact]
    public void Largest_finds_the_months_that_moved_most_with_their_drivers()
    {
        var index = new RelationsIndexBuilder(Made.Settings(halfLife: 6)).Build([
            Made.Event(EventType.CONSULT, "2031-01-05"),
            Made.Event(EventType.SANCTION, "2031-05-04", "JPNGOV", "KORGOV", Issue.Trade, evidence: "curbs"),
            Made.Event(EventType.ACCUSE, "2031-05-12", "KORGOV", "JPNGOV", Issue.Trade),
            Made.Event(EventType.AGREE, "2031-09-01"),
        ]);

        var moves = IndexMoves.Largest(index, 2);

        Assert.Equal([new YearMonth(2031, 5), new YearMonth(2031, 9)], moves.Select(m => m.Month.Month));
        Assert.Equal(EventType.SANCTION, moves[0].Drivers[0].Event.Event.Type);
        Assert.True(moves[0].Change < -14);
    }
}
