using System.Globalization;
using Strait.Core;
using Strait.Core.Knowledge;
using YamlDotNet.RepresentationModel;

namespace Strait.Sim.Parameters;

/// <summary>
/// Loads data/model/parameters.yaml: groups (one per mechanism) of parameters, each with value, min, max,
/// fit, why and source. Also reads fitted files (name: value), which override the values of a set.
/// </summary>
public static class ParameterLoader
{
    public static Outcome<ParameterSet> Load(string path)
    {
        var loaded = YamlFile.LoadMapping(path, ErrorCodes.KnowledgeFile);
        if (!loaded.Success)
        {
            return Outcome<ParameterSet>.Fail(loaded.Error!);
        }

        var parameters = new List<ModelParameter>();
        foreach (var (groupKey, groupNode) in loaded.Value.Children)
        {
            var group = ((YamlScalarNode)groupKey).Value;
            if (groupNode is not YamlMappingNode groupMap)
            {
                return Fail(path, groupNode, $"group '{group}' must be a mapping of parameters");
            }

            foreach (var (nameKey, node) in groupMap.Children)
            {
                var name = $"{group}.{((YamlScalarNode)nameKey).Value}";
                if (node is not YamlMappingNode map)
                {
                    return Fail(path, node, $"parameter '{name}' must have value, min, max, fit and why");
                }

                if (!TryNumber(map, "value", out var value) || !TryNumber(map, "min", out var min) || !TryNumber(map, "max", out var max))
                {
                    return Fail(path, node, $"parameter '{name}' needs numeric value, min and max");
                }

                if (min > max || value < min || value > max)
                {
                    return Fail(path, node, $"parameter '{name}': value {value} is outside [{min}, {max}]");
                }

                var why = YamlFile.Scalar(map, "why");
                if (string.IsNullOrWhiteSpace(why))
                {
                    return Fail(path, node, $"parameter '{name}' has no 'why' (its reasoning)");
                }

                var fit = string.Equals(YamlFile.Scalar(map, "fit"), "true", StringComparison.OrdinalIgnoreCase);
                parameters.Add(new ModelParameter(name, value, min, max, fit, why, YamlFile.Scalar(map, "source")));
            }
        }

        return Outcome<ParameterSet>.Ok(new ParameterSet(parameters));
    }

    /// <summary>Applies a fitted-values file (flat <c>name: value</c> lines, as written by <c>strait calibrate</c>).</summary>
    public static Outcome<ParameterSet> ApplyFitted(ParameterSet parameters, string path)
    {
        var loaded = YamlFile.LoadMapping(path, ErrorCodes.KnowledgeFile);
        if (!loaded.Success)
        {
            return Outcome<ParameterSet>.Fail(loaded.Error!);
        }

        var values = new List<KeyValuePair<string, double>>();
        foreach (var (key, node) in loaded.Value.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            if (name is "mapping" or "fit")
            {
                continue;
            }

            if (!parameters.Contains(name) || node is not YamlScalarNode scalar
                || !double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return Fail(path, node, $"'{name}' is not a known parameter with a number");
            }

            values.Add(new(name, value));
        }

        return Outcome<ParameterSet>.Ok(parameters.With(values));
    }

    internal static bool TryNumber(YamlMappingNode map, string key, out double value)
    {
        value = 0;
        var text = YamlFile.Scalar(map, key);
        return text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static Outcome<ParameterSet> Fail(string path, YamlNode node, string message) =>
        Outcome<ParameterSet>.Fail(new StraitError(ErrorCodes.KnowledgeFile, message, YamlFile.Where(path, node), "See data/README.md, section model/parameters.yaml."));
}
