using NodaTime;
using NodaTime.Text;
using Strait.Core;
using Strait.Core.Knowledge;
using YamlDotNet.RepresentationModel;

namespace Strait.Sim.Politics;

/// <summary>Loads data/model/calendar.yaml (format in data/README.md).</summary>
public static class CalendarLoader
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    public static Outcome<PoliticalCalendar> Load(string path)
    {
        var loaded = YamlFile.LoadMapping(path, ErrorCodes.KnowledgeFile);
        if (!loaded.Success)
        {
            return Outcome<PoliticalCalendar>.Fail(loaded.Error!);
        }

        var terms = new List<Term>();
        var elections = new List<Election>();
        foreach (var item in Items(loaded.Value, "terms"))
        {
            if (item is not YamlMappingNode map)
            {
                return Fail(path, item, "each term must be a mapping");
            }

            var country = YamlFile.Scalar(map, "country");
            var name = YamlFile.Scalar(map, "name");
            var camp = YamlFile.Scalar(map, "camp");
            var start = Date(YamlFile.Scalar(map, "start"));
            var endText = YamlFile.Scalar(map, "end");
            var end = string.IsNullOrWhiteSpace(endText) || endText is "null" or "~" ? null : Date(endText);
            endText = end is null ? null : endText;
            if (country is null || name is null || camp is null || start is null || (!string.IsNullOrWhiteSpace(endText) && end is null))
            {
                return Fail(path, item, "a term needs country, name, start (YYYY-MM-DD), camp and an optional end");
            }

            terms.Add(new Term(country, name, start.Value, end, camp, YamlFile.Scalar(map, "source") ?? ""));
        }

        foreach (var item in Items(loaded.Value, "elections"))
        {
            if (item is not YamlMappingNode map || YamlFile.Scalar(map, "country") is not { } country
                || YamlFile.Scalar(map, "kind") is not { } kind || Date(YamlFile.Scalar(map, "date")) is not { } date)
            {
                return Fail(path, item, "an election needs country, kind and date (YYYY-MM-DD)");
            }

            elections.Add(new Election(country, kind, date, YamlFile.Scalar(map, "source") ?? ""));
        }

        return Outcome<PoliticalCalendar>.Ok(new PoliticalCalendar(terms, elections));
    }

    private static IEnumerable<YamlNode> Items(YamlMappingNode root, string key) =>
        YamlFile.Child(root, key) is YamlSequenceNode sequence ? sequence.Children : [];

    private static LocalDate? Date(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var result = DatePattern.Parse(text.Trim());
        return result.Success ? result.Value : null;
    }

    private static Outcome<PoliticalCalendar> Fail(string path, YamlNode node, string message) =>
        Outcome<PoliticalCalendar>.Fail(new StraitError(ErrorCodes.KnowledgeFile, message, YamlFile.Where(path, node), "See data/README.md, section model/calendar.yaml."));
}
