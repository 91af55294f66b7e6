using Strait.Core;
using Strait.Core.Knowledge;
using YamlDotNet.RepresentationModel;

namespace Strait.Report;

/// <summary>
/// What the report draws that is a choice rather than a fact: the indicator series of the opinion chart and its
/// caption. Read from <c>data/report/settings.yaml</c> (format in data/README.md).
/// </summary>
/// <param name="OpinionSeries">Indicator series (their <c>series</c> names) drawn beside the index.</param>
/// <param name="OpinionCaption">The caption under the opinion chart: what the series are and where they break.</param>
public sealed record ReportSettings(IReadOnlyList<string> OpinionSeries, string OpinionCaption)
{
    /// <summary>The settings file, relative to the data folder.</summary>
    public static readonly string DefaultRelativePath = Path.Combine("report", "settings.yaml");

    public static Outcome<ReportSettings> Load(string path)
    {
        var root = YamlFile.LoadMapping(path, ErrorCodes.KnowledgeFile);
        if (!root.Success)
        {
            return Outcome<ReportSettings>.Fail(root.Error!);
        }

        if (YamlFile.Child(root.Value, "opinion") is not YamlMappingNode opinion)
        {
            return Fail(path, root.Value, "the mapping `opinion` (with `series` and `caption`) is missing");
        }

        if (YamlFile.Child(opinion, "series") is not YamlSequenceNode list || list.Children.Count == 0)
        {
            return Fail(path, opinion, "`opinion.series` must be a non-empty list of indicator series names");
        }

        var series = new List<string>();
        foreach (var item in list.Children)
        {
            if (item is not YamlScalarNode { Value: { Length: > 0 } name })
            {
                return Fail(path, item, "each entry of `opinion.series` must be a series name such as jp_affinity_kr");
            }

            series.Add(name.Trim());
        }

        var caption = YamlFile.Scalar(opinion, "caption");
        if (string.IsNullOrWhiteSpace(caption))
        {
            return Fail(path, opinion, "`opinion.caption` is missing: say what the drawn series are");
        }

        return Outcome<ReportSettings>.Ok(new ReportSettings(series, caption.Trim()));
    }

    private static Outcome<ReportSettings> Fail(string path, YamlNode node, string what) =>
        Outcome<ReportSettings>.Fail(new StraitError(ErrorCodes.KnowledgeFile, what, YamlFile.Where(path, node), "See data/README.md, section report/settings.yaml."));
}
