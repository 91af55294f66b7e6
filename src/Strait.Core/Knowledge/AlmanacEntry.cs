using Strait.Core.Events;

namespace Strait.Core.Knowledge;

/// <summary>
/// One dated event of the built-in almanac: coded like an extracted event (its evidence is the summary with
/// the reference as source), plus the phrases news uses to refer to it ("the Osaka G20 summit"), which let
/// an undated article be dated from what it calls "last month's" event.
/// </summary>
public sealed record AlmanacEntry(CodedEvent Event, string Summary, string Reference, IReadOnlyList<string> Aliases, string? Note);
