using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using Strait.Core;
using Strait.Core.Knowledge;
using Strait.Sim.Model;
using Strait.Sim.Parameters;
using YamlDotNet.RepresentationModel;

namespace Strait.Sim.Scenarios;

/// <summary>
/// Reads a scenario file (format: scenarios/README.md). Every mistake gives STR401 with the file, the line
/// and what is wrong; nothing is half-loaded.
/// </summary>
public sealed partial class ScenarioLoader(ShockCatalogue shocks, ParameterSet parameters)
{
    private static readonly YearMonthPattern MonthPattern = YearMonthPattern.Iso;
    private static readonly string[] TopKeys = ["name", "description", "start", "horizon", "paths", "shocks", "governments", "parameters", "initial"];

    public Outcome<Scenario> Load(string path)
    {
        if (!File.Exists(path))
        {
            return Outcome<Scenario>.Fail(new StraitError(ErrorCodes.Scenario, "the scenario file does not exist", path, "Check the path; examples are in scenarios/."));
        }

        var loaded = YamlFile.LoadMapping(path, ErrorCodes.Scenario);
        return loaded.Success ? Parse(loaded.Value, path) : Outcome<Scenario>.Fail(loaded.Error!);
    }

    public Outcome<Scenario> Parse(string text, string path)
    {
        var loaded = YamlFile.ParseMapping(text, path, ErrorCodes.Scenario);
        return loaded.Success ? Parse(loaded.Value, path) : Outcome<Scenario>.Fail(loaded.Error!);
    }

    private Outcome<Scenario> Parse(YamlMappingNode root, string path)
    {
        try
        {
            return Outcome<Scenario>.Ok(Read(root, path));
        }
        catch (ScenarioException e)
        {
            return Outcome<Scenario>.Fail(new StraitError(ErrorCodes.Scenario, e.Message, YamlFile.Where(path, e.Node), "See scenarios/README.md for the format."));
        }
    }

    private Scenario Read(YamlMappingNode root, string path)
    {
        foreach (var key in root.Children.Keys)
        {
            if (Array.IndexOf(TopKeys, Text(key)) < 0)
            {
                throw new ScenarioException(key, $"unknown key '{Text(key)}'; known keys: {string.Join(", ", TopKeys)}");
            }
        }

        var name = YamlFile.Scalar(root, "name") ?? Path.GetFileNameWithoutExtension(path);
        var startNode = YamlFile.Child(root, "start") ?? throw new ScenarioException(root, "missing 'start' (a month, YYYY-MM)");
        var start = Month(startNode);
        var horizonNode = YamlFile.Child(root, "horizon") ?? throw new ScenarioException(root, "missing 'horizon' (months, a whole number)");
        if (!int.TryParse(Text(horizonNode), NumberStyles.None, CultureInfo.InvariantCulture, out var horizon) || horizon < 1 || horizon > 600)
        {
            throw new ScenarioException(horizonNode, $"'horizon' must be a whole number of months from 1 to 600, not '{Text(horizonNode)}'");
        }

        var end = start.PlusMonths(horizon - 1);
        var paths = new List<VariablePath>();
        if (YamlFile.Child(root, "paths") is { } pathsNode)
        {
            foreach (var (key, value) in AsMapping(pathsNode, "paths").Children)
            {
                var variable = Variable(key);
                var items = value is YamlSequenceNode sequence ? sequence.Children : (IEnumerable<YamlNode>)[value];
                var points = items.Select(item => Point(item, variable)).ToList();
                for (var i = 1; i < points.Count; i++)
                {
                    if (points[i].By <= points[i - 1].By)
                    {
                        throw new ScenarioException(value, $"the targets of '{Text(key)}' must be in date order");
                    }
                }

                paths.Add(new VariablePath(variable, points));
            }
        }

        var scheduled = new List<ScheduledShock>();
        if (YamlFile.Child(root, "shocks") is { } shocksNode)
        {
            foreach (var item in AsSequence(shocksNode, "shocks"))
            {
                var shock = Shock(item);
                if (shock.At < start || shock.At > end)
                {
                    throw new ScenarioException(item, $"shock '{shock.Kind}' at {shock.At} is outside the scenario's months ({start} to {end})");
                }

                scheduled.Add(shock);
            }
        }

        var governments = new List<GovernmentChange>();
        if (YamlFile.Child(root, "governments") is { } governmentsNode)
        {
            foreach (var item in AsSequence(governmentsNode, "governments"))
            {
                governments.Add(Government(item));
            }
        }

        var overrides = new Dictionary<string, double>(StringComparer.Ordinal);
        if (YamlFile.Child(root, "parameters") is { } parametersNode)
        {
            foreach (var (key, value) in AsMapping(parametersNode, "parameters").Children)
            {
                var parameterName = Text(key);
                if (!parameters.TryGet(parameterName, out var parameter))
                {
                    throw new ScenarioException(key, $"unknown parameter '{parameterName}'; the parameters are listed in data/model/parameters.yaml");
                }

                var number = Number(value);
                if (number < parameter.Min || number > parameter.Max)
                {
                    throw new ScenarioException(value, $"parameter '{parameterName}' = {number} is outside its bounds [{parameter.Min}, {parameter.Max}]");
                }

                overrides[parameterName] = number;
            }
        }

        var initial = new Dictionary<StateVariable, double>();
        if (YamlFile.Child(root, "initial") is { } initialNode)
        {
            foreach (var (key, value) in AsMapping(initialNode, "initial").Children)
            {
                var variable = Variable(key);
                initial[variable] = Value(value, Text(value), variable);
            }
        }

        return new Scenario(name, YamlFile.Scalar(root, "description"), start, horizon, paths, scheduled, governments, overrides, initial);
    }

    private PathPoint Point(YamlNode node, StateVariable variable)
    {
        var match = PointRegex().Match(Text(node));
        if (!match.Success)
        {
            throw new ScenarioException(node, $"a path target reads 'VALUE by YYYY-MM' (like '30 by 2027-06'), not '{Text(node)}'");
        }

        return new PathPoint(Value(node, match.Groups["value"].Value, variable), Month(node, match.Groups["month"].Value));
    }

    private ScheduledShock Shock(YamlNode item)
    {
        if (item is not YamlMappingNode map)
        {
            throw new ScenarioException(item, "a shock reads 'NAME: YYYY-MM' or 'NAME: VALUE from YYYY-MM [until YYYY-MM]'");
        }

        string? source = null;
        (YamlNode Key, YamlNode Value)? entry = null;
        foreach (var (key, value) in map.Children)
        {
            switch (Text(key))
            {
                case "source":
                case "note":
                    source = Text(key) == "source" ? Text(value) : source;
                    break;
                default:
                    if (entry is not null)
                    {
                        throw new ScenarioException(key, "one shock per list item (besides 'source' and 'note')");
                    }

                    entry = (key, value);
                    break;
            }
        }

        if (entry is not { } shock)
        {
            throw new ScenarioException(item, "a shock item names a shock");
        }

        var kindName = Text(shock.Key);
        var kind = shocks.Find(kindName) ?? throw new ScenarioException(shock.Key, $"unknown shock '{kindName}'; known shocks: {string.Join(", ", shocks.Kinds.Select(k => k.Name))}");
        var text = Text(shock.Value);
        if (!kind.IsLevel)
        {
            return new ScheduledShock(kindName, Month(shock.Value, text), null, 1, source);
        }

        var match = LevelRegex().Match(text);
        if (!match.Success)
        {
            throw new ScenarioException(shock.Value, $"'{kindName}' is a level: write 'VALUE from YYYY-MM' (optionally 'until YYYY-MM'), not '{text}'");
        }

        var at = Month(shock.Value, match.Groups["from"].Value);
        YearMonth? until = match.Groups["until"].Success ? Month(shock.Value, match.Groups["until"].Value) : null;
        if (until is { } u && u < at)
        {
            throw new ScenarioException(shock.Value, $"'{kindName}' ends ({u}) before it starts ({at})");
        }

        return new ScheduledShock(kindName, at, until, Value(shock.Value, match.Groups["value"].Value, kind.LevelVariable!.Value), source);
    }

    private static GovernmentChange Government(YamlNode item)
    {
        if (item is not YamlMappingNode map || map.Children.Count != 1)
        {
            throw new ScenarioException(item, "a government change reads 'korea: conservative from 2030-06' or 'japan: other from 2027-01'");
        }

        var (key, value) = map.Children.First();
        var country = Text(key) switch
        {
            "korea" => "KOR",
            "japan" => "JPN",
            _ => throw new ScenarioException(key, $"government changes are for 'korea' or 'japan', not '{Text(key)}'"),
        };
        var match = GovernmentRegex().Match(Text(value));
        var camp = match.Success ? match.Groups["camp"].Value : "";
        var valid = country == "KOR" ? camp is "progressive" or "conservative" : camp is "ldp" or "other";
        if (!valid)
        {
            throw new ScenarioException(value, country == "KOR"
                ? $"write 'progressive from YYYY-MM' or 'conservative from YYYY-MM', not '{Text(value)}'"
                : $"write 'ldp from YYYY-MM' or 'other from YYYY-MM', not '{Text(value)}'");
        }

        return new GovernmentChange(country, camp, Month(value, match.Groups["month"].Value));
    }

    private static StateVariable Variable(YamlNode key) =>
        StateVariables.TryParse(Text(key), out var variable)
            ? variable
            : throw new ScenarioException(key, $"unknown variable '{Text(key)}'; known variables: {StateVariables.Known}");

    /// <summary>A value in the variable's units; "40%" on a 0..1 variable means 0.4.</summary>
    private static double Value(YamlNode node, string text, StateVariable variable)
    {
        text = text.Trim();
        var percent = text.EndsWith('%');
        if (!double.TryParse(percent ? text[..^1] : text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new ScenarioException(node, $"'{text}' is not a number");
        }

        var (min, max) = StateVariables.Range(variable);
        if (percent && max <= 1)
        {
            value /= 100;
        }

        if (value < min || value > max)
        {
            throw new ScenarioException(node, $"{value} is outside the range of '{StateVariables.Name(variable)}' ({min} to {max}{(max <= 1 ? ", or 0% to 100%" : "")})");
        }

        return value;
    }

    private static double Number(YamlNode node) =>
        double.TryParse(Text(node), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ScenarioException(node, $"'{Text(node)}' is not a number");

    private static YearMonth Month(YamlNode node) => Month(node, Text(node));

    private static YearMonth Month(YamlNode node, string text)
    {
        var result = MonthPattern.Parse(text.Trim());
        return result.Success ? result.Value : throw new ScenarioException(node, $"'{text}' is not a month (write YYYY-MM, like 2027-03)");
    }

    private static YamlMappingNode AsMapping(YamlNode node, string key) =>
        node as YamlMappingNode ?? throw new ScenarioException(node, $"'{key}' must be a mapping (name: value lines)");

    private static IEnumerable<YamlNode> AsSequence(YamlNode node, string key) =>
        (node as YamlSequenceNode)?.Children ?? throw new ScenarioException(node, $"'{key}' must be a list (lines starting with '- ')");

    private static string Text(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value ?? "" : node.ToString();

    [GeneratedRegex(@"^\s*(?<value>[-+]?[0-9.]+%?)\s+by\s+(?<month>\S+)\s*$")]
    private static partial Regex PointRegex();

    [GeneratedRegex(@"^\s*(?<value>[-+]?[0-9.]+%?)\s+from\s+(?<from>\S+)(\s+until\s+(?<until>\S+))?\s*$")]
    private static partial Regex LevelRegex();

    [GeneratedRegex(@"^\s*(?<camp>[a-z]+)\s+from\s+(?<month>\S+)\s*$")]
    private static partial Regex GovernmentRegex();

    private sealed class ScenarioException(YamlNode node, string message) : Exception(message)
    {
        public YamlNode Node { get; } = node;
    }
}
