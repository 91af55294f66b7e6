using Strait.Core;
using Strait.Text.Coding;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Strait.Text.Indicators;

/// <summary>The word lists of <c>data/patterns/indicators.yaml</c>, compiled for matching. <see cref="UnitWords"/> are the single words next to a number that make a document worth reading for figures (a unit's first word, a unit sign, a people noun).</summary>
public sealed record IndicatorKnowledge(
    IReadOnlyList<(string Unit, Phrase Phrase)> Units,
    IReadOnlyList<Phrase> PollWords,
    IReadOnlyList<Phrase> ByCues,
    IReadOnlyList<(string Name, Phrase Phrase)> Pollsters,
    IReadOnlySet<string> ObjectWords,
    IReadOnlySet<string> UnitWords,
    IReadOnlyList<Phrase> LevelVerbs,
    IReadOnlyList<Phrase> SurveyWords,
    IReadOnlySet<string> ComparisonWords)
{
    /// <summary>Words that mark a sentence (or the one before it) as reporting official statistics ("customs data", "figures released").</summary>
    public IReadOnlyList<Phrase> StatisticWords { get; init; } = [];

    /// <summary>Nouns for people counted in statistics ("visitors", "tourists"), lower case.</summary>
    public IReadOnlySet<string> PeopleNouns { get; init; } = new HashSet<string>();

    /// <summary>Stems of words that make a figure right before them a rate that is set, not measured ("25 percent tariffs").</summary>
    public IReadOnlySet<string> RateWords { get; init; } = new HashSet<string>();

    /// <summary>Words that date a survey's fieldwork ("conducted in October"), as phrases.</summary>
    public IReadOnlyList<Phrase> FieldworkWords { get; init; } = [];

    /// <summary>Words after which a date starts a period ("since 2019", "since the poll began in 1995"): it dates no figure.</summary>
    public IReadOnlySet<string> PeriodWords { get; init; } = new HashSet<string>();

    /// <summary>Prepositions that open the words between a fieldwork word and its date ("taken in the last days of August").</summary>
    public IReadOnlySet<string> FieldworkOpeners { get; init; } = new HashSet<string>();

    /// <summary>Words between a rate word and the figure it sets ("tariffs of 24 percent").</summary>
    public IReadOnlySet<string> RateLinks { get; init; } = new HashSet<string>();

    /// <summary>Words that give a poll figure as a multiple ("approval nearly doubled"), lower case → multiple.</summary>
    public IReadOnlyDictionary<string, double> RatioWords { get; init; } = new Dictionary<string, double>();

    /// <summary>The unit of a multiple.</summary>
    public string RatioUnit { get; init; } = "ratio";

    /// <summary>The country a national pollster surveys (pollster name, case-insensitive → country code): the population when the text names none.</summary>
    public IReadOnlyDictionary<string, string> PollsterPopulations { get; init; } = new Dictionary<string, string>();

    /// <summary>Units (sums of money) taken only in sentences reporting statistics, never in poll sentences or other news.</summary>
    public IReadOnlySet<string> StatisticUnits { get; init; } = new HashSet<string>();

    /// <summary>Units written before the figure ("$223,000"), by unit name.</summary>
    public IReadOnlyList<(string Unit, Phrase Phrase)> PrefixUnits { get; init; } = [];

    /// <summary>Words after a figure that multiply it ("1.2 billion"), lower case.</summary>
    public IReadOnlyDictionary<string, double> ScaleWords { get; init; } = new Dictionary<string, double>();

    /// <summary>Words right before a figure that make it a fall ("down 97 percent").</summary>
    public IReadOnlyList<Phrase> DecreaseBefore { get; init; } = [];

    /// <summary>Words right after a figure's unit that make it a fall ("48 percent fewer than").</summary>
    public IReadOnlySet<string> DecreaseAfter { get; init; } = new HashSet<string>();

    /// <summary>The unit of a count of people ("308,700 South Koreans"), recorded only in sentences reporting statistics.</summary>
    public string PeopleUnit { get; init; } = "people";

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
            dto.Units.SelectMany(u => u.Value).Select(w => w.Split(' ')[0]).Concat(dto.PrefixUnits.SelectMany(u => u.Value).Select(w => w.Split(' ')[^1]))
                .Concat(dto.PeopleNouns).SelectMany(w => w.Split('|')).ToHashSet(StringComparer.OrdinalIgnoreCase),
            Compile(dto.LevelVerbs, "level_verbs"), Compile(dto.SurveyWords, "survey_words"),
            dto.ComparisonWords.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal))
        {
            StatisticWords = Compile(dto.StatisticWords, "statistic_words"),
            PrefixUnits = dto.PrefixUnits.SelectMany(u => Compile(u.Value, $"prefix_units.{u.Key}").Select(p => (u.Key, p))).ToList(),
            ScaleWords = dto.ScaleWords.ToDictionary(w => w.Key.ToLowerInvariant(), w => w.Value, StringComparer.Ordinal),
            DecreaseBefore = Compile(dto.DecreaseBefore, "decrease_before"),
            DecreaseAfter = dto.DecreaseAfter.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            PeopleUnit = dto.PeopleUnit,
            StatisticUnits = dto.StatisticUnits.ToHashSet(StringComparer.Ordinal),
            PeopleNouns = dto.PeopleNouns.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            RateWords = dto.RateWords.Select(w => stemmer.Stem(w.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal),
            RateLinks = dto.RateLinks.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            FieldworkWords = Compile(dto.FieldworkWords, "fieldwork_words"),
            FieldworkOpeners = dto.FieldworkOpeners.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            PeriodWords = dto.PeriodWords.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            RatioWords = dto.RatioWords.ToDictionary(w => w.Key.ToLowerInvariant(), w => w.Value, StringComparer.Ordinal),
            RatioUnit = dto.RatioUnit,
            PollsterPopulations = dto.PollsterPopulations.SelectMany(c => c.Value.Select(name => (name, c.Key)))
                .ToDictionary(p => p.name, p => p.Key, StringComparer.OrdinalIgnoreCase),
        };
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

        public List<string> StatisticWords { get; set; } = [];

        public Dictionary<string, List<string>> PrefixUnits { get; set; } = [];

        public Dictionary<string, double> ScaleWords { get; set; } = [];

        public List<string> DecreaseBefore { get; set; } = [];

        public List<string> DecreaseAfter { get; set; } = [];

        public string PeopleUnit { get; set; } = "people";

        public List<string> StatisticUnits { get; set; } = [];

        public Dictionary<string, List<string>> PollsterPopulations { get; set; } = [];

        public Dictionary<string, double> RatioWords { get; set; } = [];

        public List<string> PeopleNouns { get; set; } = [];

        public List<string> RateWords { get; set; } = [];

        public List<string> RateLinks { get; set; } = [];

        public List<string> FieldworkWords { get; set; } = [];

        public List<string> FieldworkOpeners { get; set; } = [];

        public List<string> PeriodWords { get; set; } = [];

        public string RatioUnit { get; set; } = "ratio";
    }
}
