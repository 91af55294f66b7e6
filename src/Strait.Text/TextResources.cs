using Strait.Core;
using Strait.Core.Actors;
using Strait.Text.Mentions;
using Strait.Text.Times;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Strait.Text;

/// <summary>
/// The word lists of the text pipeline's first stages, loaded once from <c>data/text/</c> (formats in
/// data/README.md): abbreviations, titles of office, the time words and name variants.
/// </summary>
public sealed class TextResources
{
    public const string Folder = "text";
    public const string AbbreviationsFile = "abbreviations.txt";
    public const string TitlesFile = "titles.yaml";
    public const string TimeWordsFile = "time-words.yaml";
    public const string NameVariantsFile = "name-variants.yaml";
    public const string NameShapesFile = "name-shapes.yaml";

    public TextResources(IReadOnlySet<string> abbreviations, IReadOnlyList<Title> titles, TimeWords timeWords, IReadOnlyList<IReadOnlyList<string>>? nameVariants = null,
        NameShapes? nameShapes = null)
    {
        Abbreviations = abbreviations;
        Titles = titles;
        TimeWords = timeWords;
        NameVariants = nameVariants ?? [];
        NameShapes = nameShapes ?? NameShapes.None;
    }

    /// <summary>How the names of a country's people are written, for a titled person Strait does not know.</summary>
    public NameShapes NameShapes { get; }

    /// <summary>Groups of interchangeable spellings inside names ("G20", "Group of 20").</summary>
    public IReadOnlyList<IReadOnlyList<string>> NameVariants { get; }

    /// <summary>A name and the names made from it by swapping one spelling of <see cref="NameVariants"/> for another.</summary>
    public IEnumerable<string> VariantsOf(string name)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { name };
        yield return name;
        foreach (var group in NameVariants)
        {
            foreach (var spelling in group)
            {
                var at = WholeWord(name, spelling);
                if (at < 0)
                {
                    continue;
                }

                foreach (var other in group)
                {
                    var variant = string.Concat(name.AsSpan(0, at), other, name.AsSpan(at + spelling.Length));
                    if (seen.Add(variant))
                    {
                        yield return variant;
                    }
                }
            }
        }
    }

    private static int WholeWord(string name, string word)
    {
        for (var at = name.IndexOf(word, StringComparison.Ordinal); at >= 0; at = name.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(name[at - 1])) && (end == name.Length || !char.IsLetterOrDigit(name[end])))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>Abbreviations whose full stop does not end a sentence ("Gen.", "No."), case-sensitive.</summary>
    public IReadOnlySet<string> Abbreviations { get; }

    /// <summary>Titles written before names ("Prime Minister") with the role they imply.</summary>
    public IReadOnlyList<Title> Titles { get; }

    public TimeWords TimeWords { get; }

    /// <summary>Loads the three files from <c>{dataDirectory}/text/</c>.</summary>
    public static Outcome<TextResources> Load(string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, Folder);
        var abbreviations = ReadLines(Path.Combine(folder, AbbreviationsFile));
        if (!abbreviations.Success)
        {
            return Outcome<TextResources>.Fail(abbreviations.Error!);
        }

        var titles = ReadYaml<TitlesFileModel>(Path.Combine(folder, TitlesFile));
        if (!titles.Success)
        {
            return Outcome<TextResources>.Fail(titles.Error!);
        }

        var titleList = new List<Title>();
        foreach (var entry in titles.Value.Titles)
        {
            if (string.IsNullOrWhiteSpace(entry.Phrase) || !Enum.TryParse<ActorRole>(entry.Role, out var role))
            {
                return Outcome<TextResources>.Fail(new StraitError(ErrorCodes.KnowledgeFile,
                    $"The title '{entry.Phrase}' has no phrase or an unknown role '{entry.Role}'",
                    Path.Combine(folder, TitlesFile), "Give each title a phrase and a role: GOV, MIL, JUD, LEG, OPP, BUS, CVL, MED or None."));
            }

            if (entry.Country is not null && !Country.IsCode(entry.Country))
            {
                return Outcome<TextResources>.Fail(new StraitError(ErrorCodes.KnowledgeFile,
                    $"The title '{entry.Phrase}' has country '{entry.Country}', which is no ISO 3166 alpha-3 code",
                    Path.Combine(folder, TitlesFile), "Give the country as three capital letters (USA, JPN, KOR), or leave it out."));
            }

            titleList.Add(new Title(entry.Phrase, role, entry.Country));
        }

        var timePath = Path.Combine(folder, TimeWordsFile);
        var timeModel = ReadYaml<TimeWordsFileModel>(timePath);
        if (!timeModel.Success)
        {
            return Outcome<TextResources>.Fail(timeModel.Error!);
        }

        var timeWords = TimeWords.From(timeModel.Value, timePath);
        if (!timeWords.Success)
        {
            return Outcome<TextResources>.Fail(timeWords.Error!);
        }

        var variants = ReadYaml<NameVariantsFileModel>(Path.Combine(folder, NameVariantsFile));
        if (!variants.Success)
        {
            return Outcome<TextResources>.Fail(variants.Error!);
        }

        var shapes = ReadNameShapes(Path.Combine(folder, NameShapesFile));
        return shapes.Success
            ? Outcome<TextResources>.Ok(new TextResources(abbreviations.Value, titleList, timeWords.Value,
                variants.Value.Variants.Select(g => (IReadOnlyList<string>)g).ToList(), shapes.Value))
            : Outcome<TextResources>.Fail(shapes.Error!);
    }

    private static Outcome<NameShapes> ReadNameShapes(string path)
    {
        var model = ReadYaml<NameShapesFileModel>(path);
        if (!model.Success)
        {
            return Outcome<NameShapes>.Fail(model.Error!);
        }

        var surnames = new List<SurnameShape>();
        foreach (var shape in model.Value.SurnameShapes)
        {
            if (!Country.IsCode(shape.Country) || shape.Surnames.Count == 0)
            {
                return Outcome<NameShapes>.Fail(new StraitError(ErrorCodes.KnowledgeFile,
                    $"A surname shape has country '{shape.Country}' and {shape.Surnames.Count} surnames", path,
                    "Give each surname shape an ISO 3166 alpha-3 country (KOR) and at least one surname."));
            }

            surnames.Add(new SurnameShape(shape.Country!, shape.Surnames.ToHashSet(StringComparer.Ordinal)));
        }

        var syllables = new List<SyllableShape>();
        foreach (var shape in model.Value.SyllableShapes)
        {
            if (!Country.IsCode(shape.Country) || shape.Syllables.Count == 0 || shape.Syllables.Any(s => s.Length == 0 || !s.All(char.IsAsciiLetterLower)) ||
                shape.Doubled.Any(d => d.Length != 1 || !char.IsAsciiLetterLower(d[0])))
            {
                return Outcome<NameShapes>.Fail(new StraitError(ErrorCodes.KnowledgeFile,
                    $"A syllable shape (country '{shape.Country}') has no syllables, or one that is not lower-case letters, or a doubled entry that is not one letter", path,
                    "Give each syllable shape an ISO 3166 alpha-3 country, lower-case syllables and single lower-case letters under doubled."));
            }

            syllables.Add(new SyllableShape(shape.Country!, shape.Syllables, shape.Doubled.Select(d => d[0]).ToHashSet()));
        }

        return Outcome<NameShapes>.Ok(new NameShapes(surnames, syllables));
    }

    private static Outcome<IReadOnlySet<string>> ReadLines(string path)
    {
        if (!File.Exists(path))
        {
            return Outcome<IReadOnlySet<string>>.Fail(Missing(path));
        }

        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                set.Add(trimmed);
            }
        }

        return Outcome<IReadOnlySet<string>>.Ok(set);
    }

    private static Outcome<T> ReadYaml<T>(string path)
        where T : new()
    {
        if (!File.Exists(path))
        {
            return Outcome<T>.Fail(Missing(path));
        }

        try
        {
            var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
            return Outcome<T>.Ok(deserializer.Deserialize<T>(File.ReadAllText(path)) ?? new T());
        }
        catch (YamlException ex)
        {
            return Outcome<T>.Fail(new StraitError(ErrorCodes.KnowledgeFile,
                $"Cannot read {Path.GetFileName(path)} at line {ex.Start.Line}, column {ex.Start.Column}: {ex.Message}",
                path, "Fix the YAML as described in data/README.md."));
        }
    }

    private static StraitError Missing(string path) =>
        new(ErrorCodes.KnowledgeFile, $"The text resource file {Path.GetFileName(path)} is missing", path,
            "Run Strait from the repository or set STRAIT_DATA to its data/ folder.");
}

/// <summary>
/// A title written before a name ("Prime Minister"), with the role of a titled person and, for an office only one
/// country has ("Secretary of State", "Chief Cabinet Secretary"), that country.
/// </summary>
public sealed record Title(string Phrase, ActorRole Role, string? Country = null);

internal sealed class TitlesFileModel
{
    public List<TitleModel> Titles { get; set; } = [];
}

internal sealed class NameShapesFileModel
{
    public List<SurnameShapeModel> SurnameShapes { get; set; } = [];

    public List<SyllableShapeModel> SyllableShapes { get; set; } = [];
}

internal sealed class SurnameShapeModel
{
    public string? Country { get; set; }

    public List<string> Surnames { get; set; } = [];
}

internal sealed class SyllableShapeModel
{
    public string? Country { get; set; }

    public List<string> Syllables { get; set; } = [];

    public List<string> Doubled { get; set; } = [];
}

internal sealed class NameVariantsFileModel
{
    public List<List<string>> Variants { get; set; } = [];
}

internal sealed class TitleModel
{
    public string Phrase { get; set; } = "";

    public string Role { get; set; } = "";

    public string? Country { get; set; }
}
