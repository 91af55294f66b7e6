using NodaTime;
using Strait.Analysis.Index;
using Strait.Core.Actors;
using Strait.Core.Events;
using Strait.Core.Knowledge;
using Strait.Core.Time;

namespace Strait.Report.Tests;

/// <summary>Made-up inputs and the built-in knowledge for the report tests.</summary>
internal static class Made
{
    public static CodedEvent Event(EventType type, string when, string evidence, string? document = "d1", string source = "KORGOV", string target = "JPNGOV") =>
        new(type, EventStatus.Occurred, ActorCode.ParseExact(source), ActorCode.ParseExact(target), PartialDate.ParseExact(when), Issue.Trade,
            [new Evidence(document, 3, 3 + evidence.Length, evidence, document is null ? "made-up reference" : null)], 0.9);

    public static IndexSettings Settings { get; } = new(
        Enum.GetValues<EventType>().ToDictionary(t => t, t => (int)t < (int)EventType.REQUEST ? 4.0 : -4.0),
        12, 0.5, 24,
        new ThirdPartyRule(new HashSet<string>(), new HashSet<Issue>(), 0),
        new BandSettings(24, 6, 2, 1),
        "made-up.yaml");

    /// <summary>Made-up report settings: one opinion series that made-up inputs never have.</summary>
    public static ReportSettings Presentation { get; } = new(["made_up_series"], "A made-up caption.");

    public static ReportKnowledge BuiltIn { get; } = LoadBuiltIn();

    /// <summary>The report of the built-in knowledge, as `strait report` writes it without a database.</summary>
    public static string BuiltInReport()
    {
        var index = new RelationsIndexBuilder(BuiltIn.Settings).Build(BuiltIn.Almanac.Select(a => a.Event));
        return new HtmlReport(new Charts()).Write(new ReportInput(index, BuiltIn.Indicators, BuiltIn.Leaders, new LocalDate(2026, 1, 31), 0, BuiltIn.Presentation));
    }

    private static ReportKnowledge LoadBuiltIn()
    {
        var data = DataDirectory.Locate(null, AppContext.BaseDirectory).Value;
        var knowledge = ReportKnowledge.Load(data);
        Assert.True(knowledge.Success, knowledge.Error?.ToString());
        return knowledge.Value;
    }
}
