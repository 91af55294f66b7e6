using Strait.Core;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Strait.Text.Dating;

/// <summary>
/// The words the publication-date inference reads beyond the almanac and the time words, loaded from
/// <c>data/text/dating-cues.yaml</c> (format in data/README.md): office titles, "former" and "new" words, future
/// markers, meeting words, and the two spans it assumes (how long an office holder is "new", how long before a
/// scheduled event the news about it appears).
/// </summary>
public sealed record DatingCues(
    IReadOnlyList<string> OfficeTitles,
    IReadOnlyList<string> FormerWords,
    IReadOnlyList<string> NewWords,
    IReadOnlyList<string> FutureMarkers,
    IReadOnlyList<string> MeetingWords,
    int NewTermDays,
    int ScheduledHorizonDays)
{
    public const string FileName = "dating-cues.yaml";

    /// <summary>No cues: only almanac events named relative to now date a document.</summary>
    public static DatingCues None { get; } = new([], [], [], [], [], 365, 60);

    /// <summary>Loads <c>{dataDirectory}/text/dating-cues.yaml</c>.</summary>
    public static Outcome<DatingCues> Load(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, TextResources.Folder, FileName);
        if (!File.Exists(path))
        {
            return Outcome<DatingCues>.Fail(new StraitError(ErrorCodes.KnowledgeFile, $"The text resource file {FileName} is missing", path,
                "Run Strait from the repository or set STRAIT_DATA to its data/ folder."));
        }

        Model model;
        try
        {
            model = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
                .Deserialize<Model>(File.ReadAllText(path)) ?? new Model();
        }
        catch (YamlException ex)
        {
            return Outcome<DatingCues>.Fail(new StraitError(ErrorCodes.KnowledgeFile,
                $"Cannot read {FileName} at line {ex.Start.Line}, column {ex.Start.Column}: {ex.Message}", path,
                "Fix the YAML as described in data/README.md, section text/dating-cues.yaml."));
        }

        if (model.NewTermDays <= 0 || model.ScheduledHorizonDays <= 0)
        {
            return Outcome<DatingCues>.Fail(new StraitError(ErrorCodes.KnowledgeFile,
                $"new_term_days ({model.NewTermDays}) and scheduled_horizon_days ({model.ScheduledHorizonDays}) must be positive", path,
                "Give both spans as a positive number of days."));
        }

        return Outcome<DatingCues>.Ok(new DatingCues(model.OfficeTitles, model.FormerWords, model.NewWords, model.FutureMarkers,
            model.MeetingWords, model.NewTermDays, model.ScheduledHorizonDays));
    }

    private sealed class Model
    {
        public List<string> OfficeTitles { get; set; } = [];

        public List<string> FormerWords { get; set; } = [];

        public List<string> NewWords { get; set; } = [];

        public List<string> FutureMarkers { get; set; } = [];

        public List<string> MeetingWords { get; set; } = [];

        public int NewTermDays { get; set; }

        public int ScheduledHorizonDays { get; set; }
    }
}
