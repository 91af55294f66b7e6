using Strait.Core;
using Strait.Core.Knowledge;
using Strait.Sim.Model;
using YamlDotNet.RepresentationModel;

namespace Strait.Cli.Commands;

/// <summary>One annual opinion series the publics are calibrated against (data/model/opinion-targets.yaml).</summary>
internal sealed record OpinionTarget(string Series, Side Public, int FieldworkMonth, string? ExcludeNote);

/// <summary>Reads data/model/opinion-targets.yaml; errors are STR110 with the file and line.</summary>
internal static class OpinionTargets
{
    public static Outcome<IReadOnlyList<OpinionTarget>> Load(string path)
    {
        var root = YamlFile.LoadMapping(path, ErrorCodes.KnowledgeFile);
        if (!root.Success)
        {
            return Outcome<IReadOnlyList<OpinionTarget>>.Fail(root.Error!);
        }

        if (YamlFile.Child(root.Value, "targets") is not YamlSequenceNode list)
        {
            return Fail(path, root.Value, "it has no `targets:` list");
        }

        var targets = new List<OpinionTarget>();
        foreach (var node in list.Children)
        {
            if (node is not YamlMappingNode map)
            {
                return Fail(path, node, "each target is a mapping with series, public and fieldwork_month");
            }

            var series = YamlFile.Scalar(map, "series");
            var side = YamlFile.Scalar(map, "public") switch
            {
                "japan" => (Side?)Side.Japan,
                "korea" => Side.Korea,
                _ => null,
            };
            if (string.IsNullOrWhiteSpace(series) || side is null
                || !int.TryParse(YamlFile.Scalar(map, "fieldwork_month"), System.Globalization.CultureInfo.InvariantCulture, out var month)
                || month is < 1 or > 12)
            {
                return Fail(path, node, "a target needs `series`, `public` (japan or korea) and `fieldwork_month` (1 to 12)");
            }

            targets.Add(new OpinionTarget(series, side.Value, month, YamlFile.Scalar(map, "exclude_note")));
        }

        return Outcome<IReadOnlyList<OpinionTarget>>.Ok(targets);
    }

    private static Outcome<IReadOnlyList<OpinionTarget>> Fail(string path, YamlNode node, string what) =>
        Outcome<IReadOnlyList<OpinionTarget>>.Fail(new StraitError(ErrorCodes.KnowledgeFile,
            $"The opinion targets file is wrong: {what}", YamlFile.Where(path, node),
            "See the model section of data/README.md for the format."));
}
