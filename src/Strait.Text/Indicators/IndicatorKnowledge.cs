using Strait.Core;
using Strait.Text.Coding;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Strait.Text.Indicators;

/// <summary>The word lists of <c>data/patterns/indicators.yaml</c>, compiled for matching.</summary>
public sealed record IndicatorKnowledge(
    IReadOnlyList<(string Unit, Phrase Phrase)> Units,
    IReadOnlyList<Phrase> PollWords,
    IReadOnlyList<Phrase> ByCues,
    IReadOnlyList<(string Name, Phrase Phrase)> Pollsters,
    IReadOnlySet<string> ObjectWords,
    IReadOnlyList<string> UnitWords,
    IReadOnlyList<Phrase> LevelVerbs,
    IReadOnlyList<Phrase> SurveyWords,
    IReadOnlySet<string> ComparisonWords)
{
    public const string File = "patterns/indicators.yaml";

    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();

    public static Outcome<IndicatorKnowledge> Load(string dataDirectory, Stemmer stemmer)
    {
        var path = Path.Combine(dataDirectory, File);
        try
        {
            return FromText(System.IO.File.ReadAllText(path), stemmer);
        }
        catch (IOException ex)
        {
            return Outcome<IndicatorKnowledge>.Fail(new StraitError(ErrorCodes.KnowledgeFile, $"Cannot read {File}: {ex.Message}", path));
        }
    }

    public static Outcome<IndicatorKnowledge> FromText(string yaml, Stemmer stemmer)
    {
        Dto dto;
        try
        {
            dto = Yaml.Deserialize<Dto>(yaml) ?? new Dto();
        }
        catch (YamlException ex)
        {
            return Outcome<IndicatorKnowledge>.Fail(new StraitError(ErrorCodes.KnowledgeFile, $"{File} is not valid YAML: {ex.Message}", File,
                "See its format in data/README.md."));
        }

        var errors = new List<StraitError>();
        List<Phrase> Compile(IEnumerable<string> texts, string key) =>
            texts.Select(t => Phrase.Parse(t, stemmer, $"{File} {key}")).Where(p => Keep(p, errors)).Select(p => p.Value).ToList();

        var units = dto.Units.SelectMany(u => Compile(u.Value, $"units.{u.Key}").Select(p => (u.Key, p))).ToList();
        var pollsters = dto.Pollsters.SelectMany(name => Compile([name], "pollsters").Select(p => (name, p))).ToList();
        var knowledge = new IndicatorKnowledge(units, Compile(dto.PollWords, "poll_words"), Compile(dto.ByCues, "by_cues"), pollsters,
            dto.ObjectWords.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            dto.Units.SelectMany(u => u.Value).Select(w => w.Split(' ')[0]).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Compile(dto.LevelVerbs, "level_verbs"), Compile(dto.SurveyWords, "survey_words"),
            dto.ComparisonWords.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal));
        return errors.Count > 0 ? Outcome<IndicatorKnowledge>.Fail(errors[0]) : Outcome<IndicatorKnowledge>.Ok(knowledge);
    }

    private static bool Keep(Outcome<Phrase> phrase, List<StraitError> errors)
    {
        if (!phrase.Success)
        {
            errors.Add(phrase.Error!);
        }

        return phrase.Success;
    }

    private sealed class Dto
    {
        public Dictionary<string, List<string>> Units { get; set; } = [];

        public List<string> PollWords { get; set; } = [];

        public List<string> ByCues { get; set; } = [];

        public List<string> Pollsters { get; set; } = [];

        public List<string> ObjectWords { get; set; } = [];

        public List<string> LevelVerbs { get; set; } = [];

        public List<string> SurveyWords { get; set; } = [];

        public List<string> ComparisonWords { get; set; } = [];
    }
}
