using System.Globalization;
using Strait.Core;
using Strait.Core.Knowledge;
using Strait.Sim.Model;
using YamlDotNet.RepresentationModel;

namespace Strait.Sim.Scenarios;

/// <summary>
/// A kind of shock (mechanism 7). An event shock happens in one month and changes state variables by fixed
/// amounts (<see cref="Add"/>) or to fixed values (<see cref="Sets"/>), optionally only while a condition
/// variable is above one half; a level shock holds one variable at a value from a month on (US tariffs).
/// </summary>
public sealed record ShockKind(
    string Name,
    bool IsLevel,
    StateVariable? LevelVariable,
    IReadOnlyList<(StateVariable Variable, double Delta)> Add,
    IReadOnlyList<(StateVariable Variable, double Value)> Sets,
    StateVariable? When,
    bool Summit,
    string Why,
    string? Source);

/// <summary>The shock kinds of data/model/shocks.yaml, by name.</summary>
public sealed class ShockCatalogue(IReadOnlyList<ShockKind> kinds)
{
    public IReadOnlyList<ShockKind> Kinds { get; } = kinds;

    public ShockKind? Find(string name) => Kinds.FirstOrDefault(k => k.Name == name);

    public int IndexOf(string name)
    {
        for (var i = 0; i < Kinds.Count; i++)
        {
            if (Kinds[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    public static Outcome<ShockCatalogue> Load(string path)
    {
        var loaded = YamlFile.LoadMapping(path, ErrorCodes.KnowledgeFile);
        if (!loaded.Success)
        {
            return Outcome<ShockCatalogue>.Fail(loaded.Error!);
        }

        var kinds = new List<ShockKind>();
        foreach (var (key, node) in loaded.Value.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            if (node is not YamlMappingNode map)
            {
                return Fail(path, node, $"shock '{name}' must be a mapping");
            }

            var isLevel = YamlFile.Scalar(map, "type") == "level";
            StateVariable? levelVariable = null;
            if (isLevel)
            {
                if (!StateVariables.TryParse(YamlFile.Scalar(map, "variable") ?? "", out var v))
                {
                    return Fail(path, node, $"level shock '{name}' needs 'variable', one of {StateVariables.Known}");
                }

                levelVariable = v;
            }

            var add = Pairs(map, "add", path, out var addError);
            var sets = Pairs(map, "set", path, out var setError);
            if ((addError ?? setError) is { } error)
            {
                return Outcome<ShockCatalogue>.Fail(error);
            }

            StateVariable? when = null;
            if (YamlFile.Scalar(map, "when") is { } whenText)
            {
                if (!StateVariables.TryParse(whenText, out var w))
                {
                    return Fail(path, node, $"shock '{name}': unknown 'when' variable '{whenText}'");
                }

                when = w;
            }

            var why = YamlFile.Scalar(map, "why");
            if (string.IsNullOrWhiteSpace(why))
            {
                return Fail(path, node, $"shock '{name}' has no 'why'");
            }

            var summit = YamlFile.Scalar(map, "summit") == "true";
            kinds.Add(new ShockKind(name, isLevel, levelVariable, add, sets, when, summit, why, YamlFile.Scalar(map, "source")));
        }

        return Outcome<ShockCatalogue>.Ok(new ShockCatalogue(kinds));
    }

    private static List<(StateVariable, double)> Pairs(YamlMappingNode map, string key, string path, out StraitError? error)
    {
        error = null;
        var result = new List<(StateVariable, double)>();
        if (YamlFile.Child(map, key) is not YamlMappingNode pairs)
        {
            return result;
        }

        foreach (var (k, v) in pairs.Children)
        {
            var name = ((YamlScalarNode)k).Value ?? "";
            if (!StateVariables.TryParse(name, out var variable) || v is not YamlScalarNode scalar
                || !double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                error = new StraitError(ErrorCodes.KnowledgeFile, $"'{name}' under '{key}' must be a state variable ({StateVariables.Known}) with a number", YamlFile.Where(path, k),
                    "See data/README.md, section model/shocks.yaml.");
                return result;
            }

            result.Add((variable, value));
        }

        return result;
    }

    private static Outcome<ShockCatalogue> Fail(string path, YamlNode node, string message) =>
        Outcome<ShockCatalogue>.Fail(new StraitError(ErrorCodes.KnowledgeFile, message, YamlFile.Where(path, node), "See data/README.md, section model/shocks.yaml."));
}
