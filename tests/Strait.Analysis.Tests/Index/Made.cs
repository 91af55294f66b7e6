using Strait.Analysis.Index;
using Strait.Core.Actors;
using Strait.Core.Events;
using Strait.Core.Time;

namespace Strait.Analysis.Tests.Index;

/// <summary>Made-up events and settings for the index tests.</summary>
internal static class Made
{
    public static CodedEvent Event(
        EventType type,
        string when,
        string source = "KORGOV",
        string target = "JPNGOV",
        Issue issue = Issue.Diplomacy,
        EventStatus status = EventStatus.Occurred,
        string evidence = "made-up evidence",
        string? document = "doc1") =>
        new(type, status, ActorCode.ParseExact(source), ActorCode.ParseExact(target), PartialDate.ParseExact(when), issue,
            [new Evidence(document, 0, evidence.Length, evidence, document is null ? "made-up almanac" : null)], 0.9);

    /// <summary>Round weights that make sums easy to check: cooperation +10/+5, conflict −10/−5, the rest ±1.</summary>
    public static IndexSettings Settings(double halfLife = 1.0, double planned = 0.5, double thirdParty = 0.5, BandSettings? band = null) =>
        new(
            Enum.GetValues<EventType>().ToDictionary(t => t, t => t switch
            {
                EventType.AGREE => 10.0,
                EventType.CONSULT => 5.0,
                EventType.SANCTION => -10.0,
                EventType.ACCUSE => -5.0,
                _ => (int)t < (int)EventType.REQUEST ? 1.0 : -1.0,
            }),
            halfLife,
            planned,
            24,
            new ThirdPartyRule(new HashSet<string> { "USA" }, new HashSet<Issue> { Issue.Security }, thirdParty),
            band ?? new BandSettings(WindowMonths: 12, MinMonths: 6, Width: 2.0, MinHalfWidth: 1.0),
            "made-up settings");
}
