using System.Globalization;
using Strait.Core;
using Strait.Core.Events;
using Strait.Core.Knowledge;
using YamlDotNet.RepresentationModel;

namespace Strait.Analysis.Index;

/// <summary>
/// Reads index settings from YAML (format in data/README.md, section <c>index/weights.yaml</c>). Every PLOVER
/// type must have a weight between −10 and +10; a missing or bad value gives a STR110 error naming the key.
/// </summary>
public static class IndexSettingsLoader
{
    /// <summary>The default file, relative to the data folder.</summary>
    public static readonly string DefaultRelativePath = Path.Combine("index", "weights.yaml");

    public static Outcome<IndexSettings> Load(string path)
    {
        if (!File.Exists(path))
        {
            return Fail(path, $"The file '{path}' does not exist", "Pass an existing weights file, or leave --weights out to use data/index/weights.yaml.");
        }

        var root = YamlFile.LoadMapping(path, ErrorCodes.KnowledgeFile);
        if (!root.Success)
        {
            return Outcome<IndexSettings>.Fail(root.Error!);
        }

        return Read(root.Value, path);
    }

    private static Outcome<IndexSettings> Read(YamlMappingNode root, string path)
    {
        if (YamlFile.Child(root, "weights") is not YamlMappingNode weightsNode)
        {
            return Fail(path, "The key 'weights' is missing", "Give 'weights:' a mapping from each PLOVER type to its weight.");
        }

        var weights = new Dictionary<EventType, double>();
        foreach (var (keyNode, valueNode) in weightsNode.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value;
            if (!Enum.TryParse<EventType>(key, ignoreCase: false, out var type) || !Enum.IsDefined(type))
            {
                return Fail($"{path}, weights.{key}", $"'{key}' is not a PLOVER type", $"Use the upper-case names: {string.Join(", ", Enum.GetNames<EventType>())}.");
            }

            var weight = Number(valueNode, -10, 10);
            if (weight is null)
            {
                return Fail($"{path}, weights.{key}", "The weight must be a number from -10 to 10");
            }

            weights[type] = weight.Value;
        }

        var missing = Enum.GetValues<EventType>().Where(t => !weights.ContainsKey(t)).ToList();
        if (missing.Count > 0)
        {
            return Fail($"{path}, weights", $"No weight for {string.Join(", ", missing)}", "Every one of the 16 PLOVER types needs a weight (0 to ignore a type).");
        }

        var halfLife = Number(YamlFile.Child(root, "half_life_months"), 0.1, 1200);
        var planned = Number(YamlFile.Child(root, "planned_factor"), 0, 1);
        var maxSpread = Number(YamlFile.Child(root, "max_spread_months"), 1, 1200);
        if (halfLife is null || planned is null || maxSpread is null)
        {
            return Fail(path, "half_life_months (0.1–1200), planned_factor (0–1) and max_spread_months (1–1200) must all be given as numbers");
        }

        var third = YamlFile.Child(root, "third_party") as YamlMappingNode;
        var thirdFactor = third is null ? 0 : Number(YamlFile.Child(third, "factor"), 0, 1);
        if (thirdFactor is null)
        {
            return Fail($"{path}, third_party.factor", "The factor must be a number from 0 to 1");
        }

        var countries = Strings(third is null ? null : YamlFile.Child(third, "countries")).Select(c => c.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        var issues = new HashSet<Issue>();
        foreach (var name in Strings(third is null ? null : YamlFile.Child(third, "issues")))
        {
            var issue = EnumNames.Parse<Issue>(name);
            if (!issue.Success)
            {
                return Outcome<IndexSettings>.Fail(issue.Error! with { Code = ErrorCodes.KnowledgeFile, Where = $"{path}, third_party.issues" });
            }

            issues.Add(issue.Value);
        }

        var band = YamlFile.Child(root, "band") as YamlMappingNode;
        var window = band is null ? null : Number(YamlFile.Child(band, "window_months"), 1, 1200);
        var minMonths = band is null ? null : Number(YamlFile.Child(band, "min_months"), 1, 1200);
        var width = band is null ? null : Number(YamlFile.Child(band, "width"), 0, 100);
        var minHalf = band is null ? null : Number(YamlFile.Child(band, "min_half_width"), 0, 1000);
        if (window is null || minMonths is null || width is null || minHalf is null)
        {
            return Fail($"{path}, band", "band needs window_months, min_months, width and min_half_width as numbers");
        }

        return Outcome<IndexSettings>.Ok(new IndexSettings(
            weights,
            halfLife.Value,
            planned.Value,
            (int)maxSpread.Value,
            new ThirdPartyRule(countries, issues, thirdFactor.Value),
            new BandSettings((int)window.Value, (int)minMonths.Value, width.Value, minHalf.Value),
            path));
    }

    private static double? Number(YamlNode? node, double min, double max) =>
        node is YamlScalarNode { Value: { } text } &&
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) &&
        value >= min && value <= max
            ? value
            : null;

    private static IEnumerable<string> Strings(YamlNode? node) =>
        node is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0)
            : [];

    private static Outcome<IndexSettings> Fail(string where, string message, string? hint = null) =>
        Outcome<IndexSettings>.Fail(new StraitError(ErrorCodes.KnowledgeFile, message, where, hint));
}
