using Strait.Core.Time;

namespace Strait.Core.Events;

/// <summary>A measured figure: a poll result, a trade total, an approval rating.</summary>
/// <param name="Measure">What is measured, in words.</param>
/// <param name="Population">Whose view or what economy (a country code such as KOR).</param>
/// <param name="Value">The figure.</param>
/// <param name="Unit">percent, billion USD, million, ratio...</param>
/// <param name="When">When it was measured.</param>
/// <param name="By">Who measured it.</param>
/// <param name="Evidence">The words or source that state it.</param>
public sealed record Indicator(
    string Measure,
    string Population,
    double Value,
    string Unit,
    PartialDate? When,
    string By,
    Evidence Evidence);
