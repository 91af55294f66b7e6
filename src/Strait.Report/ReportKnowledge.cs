using Strait.Analysis.Index;
using Strait.Core;
using Strait.Core.Knowledge;

namespace Strait.Report;

/// <summary>
/// The built-in knowledge a report draws on, loaded from the data folder: the almanac, the indicator series,
/// the leaders' terms (people.yaml), the index settings (weights.yaml, or the user's file) and the report's own
/// settings (report/settings.yaml).
/// </summary>
public sealed record ReportKnowledge(
    IReadOnlyList<AlmanacEntry> Almanac,
    IReadOnlyList<IndicatorObservation> Indicators,
    IReadOnlyList<LeaderTerm> Leaders,
    IndexSettings Settings,
    ReportSettings Presentation)
{
    public static Outcome<ReportKnowledge> Load(string dataDirectory, string? weightsPath = null)
    {
        var settings = IndexSettingsLoader.Load(weightsPath ?? Path.Combine(dataDirectory, IndexSettingsLoader.DefaultRelativePath));
        if (!settings.Success)
        {
            return Outcome<ReportKnowledge>.Fail(settings.Error!);
        }

        var almanac = AlmanacLoader.Load(Path.Combine(dataDirectory, "almanac", AlmanacLoader.FileName));
        if (!almanac.Success)
        {
            return Outcome<ReportKnowledge>.Fail(almanac.Error!);
        }

        var indicators = IndicatorLoader.LoadDirectory(Path.Combine(dataDirectory, "indicators"));
        if (!indicators.Success)
        {
            return Outcome<ReportKnowledge>.Fail(indicators.Error!);
        }

        var registry = ActorKnowledgeLoader.Load(dataDirectory);
        if (!registry.Success)
        {
            return Outcome<ReportKnowledge>.Fail(registry.Error!);
        }

        var presentation = ReportSettings.Load(Path.Combine(dataDirectory, ReportSettings.DefaultRelativePath));
        if (!presentation.Success)
        {
            return Outcome<ReportKnowledge>.Fail(presentation.Error!);
        }

        return Outcome<ReportKnowledge>.Ok(new ReportKnowledge(almanac.Value, indicators.Value, LeaderTerm.Of(registry.Value.People), settings.Value, presentation.Value));
    }
}
