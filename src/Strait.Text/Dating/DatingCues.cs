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

    /// <summary>Words that, after a known person's name, say the person's term began ("took office", "became"): with a time expression near them they date the term's start relative to now.</summary>
    public IReadOnlyList<string> TermStartWords { get; init; } = [];

    /// <summary>
    /// Irregular past forms ("met", "held", "sworn"): with a past form in "-ed", a verb of one of these near a day or
    /// month without its year says the event is done, so the day is the latest such one before publication.
    /// </summary>
    public IReadOnlyList<string> PastForms { get; init; } = [];

    /// <summary>Words that never count when a text's own words are compared with an almanac event's summary.</summary>
    public IReadOnlyList<string> MatchStopwords { get; init; } = [];

    /// <summary>Where a description around a time expression ends on either side: a clause beyond one of these describes something else.</summary>
    public IReadOnlyList<string> MatchClauseBreaks { get; init; } = [];

    /// <summary>Words that, with "of", belong to the time expression after them ("the start of last year"): not compared as words of a description.</summary>
    public IReadOnlyList<string> MatchTimePositionWords { get; init; } = [];

    /// <summary>Words that name an office ("president", "minister"): like countries, they say who, never what happened, so a description's words are compared without them.</summary>
    public IReadOnlyList<string> MatchTitleWords { get; init; } = [];

    /// <summary>The least weight of shared words (summed inverse document frequencies) that makes a description name an almanac event.</summary>
    public double MatchMinScore { get; init; } = 8.0;

    /// <summary>How many clues (shared words of what happened, named things, a fitting day) a description needs to name an event.</summary>
    public int MatchMinClues { get; init; } = 2;

    /// <summary>Events scoring at least this share of the best one are kept as alternatives.</summary>
    public double MatchNearBest { get; init; } = 0.8;

    /// <summary>How long after an event reported as done (without saying when) news about it is still written as news: the event's month is the point only when the window ends within this many days of it.</summary>
    public int ReportedHorizonDays { get; init; } = 90;

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

        if (model.MatchMinScore <= 0 || model.MatchNearBest is <= 0 or > 1 || model.ReportedHorizonDays <= 0 || model.MatchMinClues < 1)
        {
            return Outcome<DatingCues>.Fail(new StraitError(ErrorCodes.KnowledgeFile,
                $"match_min_score ({model.MatchMinScore}), match_min_clues ({model.MatchMinClues}) and reported_horizon_days ({model.ReportedHorizonDays}) must be positive and match_near_best ({model.MatchNearBest}) in (0, 1]", path,
                "Give the matching parameters as described in data/README.md, section text/dating-cues.yaml."));
        }

        return Outcome<DatingCues>.Ok(new DatingCues(model.OfficeTitles, model.FormerWords, model.NewWords, model.FutureMarkers,
            model.MeetingWords, model.NewTermDays, model.ScheduledHorizonDays)
        {
            TermStartWords = model.TermStartWords,
            PastForms = model.PastForms,
            MatchStopwords = model.MatchStopwords,
            MatchTitleWords = model.MatchTitleWords,
            MatchTimePositionWords = model.MatchTimePositionWords,
            MatchClauseBreaks = model.MatchClauseBreaks,
            MatchMinScore = model.MatchMinScore,
            MatchNearBest = model.MatchNearBest,
            MatchMinClues = model.MatchMinClues,
            ReportedHorizonDays = model.ReportedHorizonDays,
        });
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

        public List<string> TermStartWords { get; set; } = [];

        public List<string> PastForms { get; set; } = [];

        public List<string> MatchStopwords { get; set; } = [];

        public List<string> MatchTitleWords { get; set; } = [];

        public List<string> MatchTimePositionWords { get; set; } = [];

        public List<string> MatchClauseBreaks { get; set; } = [];

        public double MatchMinScore { get; set; } = 8.0;

        public double MatchNearBest { get; set; } = 0.8;

        public int MatchMinClues { get; set; } = 2;

        public int ReportedHorizonDays { get; set; } = 90;
    }
}
