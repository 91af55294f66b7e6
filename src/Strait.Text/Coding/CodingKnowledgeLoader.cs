using System.Collections.Frozen;
using Strait.Core;
using Strait.Core.Actors;
using Strait.Core.Events;
using Strait.Core.Time;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Strait.Text.Coding;

/// <summary>
/// Loads <c>patterns/events.yaml</c>, <c>patterns/cues.yaml</c> and <c>patterns/issues.yaml</c> from the data
/// folder (formats in data/README.md). Any unreadable entry fails with <see cref="ErrorCodes.KnowledgeFile"/>
/// naming the file and entry.
/// </summary>
public static class CodingKnowledgeLoader
{
    public const string EventsFile = "patterns/events.yaml";
    public const string CuesFile = "patterns/cues.yaml";
    public const string IssuesFile = "patterns/issues.yaml";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static Outcome<CodingKnowledge> Load(string dataDirectory)
    {
        var events = Read<EventsFileDto>(dataDirectory, EventsFile);
        if (!events.Success)
        {
            return Outcome<CodingKnowledge>.Fail(events.Error!);
        }

        var cues = Read<CuesFileDto>(dataDirectory, CuesFile);
        if (!cues.Success)
        {
            return Outcome<CodingKnowledge>.Fail(cues.Error!);
        }

        var issues = Read<IssuesFileDto>(dataDirectory, IssuesFile);
        if (!issues.Success)
        {
            return Outcome<CodingKnowledge>.Fail(issues.Error!);
        }

        // The places of countries.yaml ("Hokkaido", "Yeonpyeong"): a strike at one targets its country.
        var countries = Strait.Core.Knowledge.ActorKnowledgeLoader.LoadCountries(dataDirectory);
        if (!countries.Success)
        {
            return Outcome<CodingKnowledge>.Fail(countries.Error!);
        }

        var places = countries.Value.SelectMany(country => country.AllPlaces.Select(place => (Name: place, Country: country.Code))).ToList();
        return Build(events.Value, cues.Value, issues.Value, places);
    }

    /// <summary>Builds the knowledge from the three files' texts (used by tests with made-up patterns).</summary>
    public static Outcome<CodingKnowledge> FromText(string eventsYaml, string cuesYaml, string issuesYaml)
    {
        try
        {
            return Build(Yaml.Deserialize<EventsFileDto>(eventsYaml) ?? new(), Yaml.Deserialize<CuesFileDto>(cuesYaml) ?? new(),
                Yaml.Deserialize<IssuesFileDto>(issuesYaml) ?? new());
        }
        catch (YamlException ex)
        {
            return Outcome<CodingKnowledge>.Fail(new StraitError(ErrorCodes.KnowledgeFile, $"The pattern text is not valid YAML: {ex.Message}"));
        }
    }

    private static Outcome<T> Read<T>(string dataDirectory, string relative)
        where T : new()
    {
        var path = Path.Combine(dataDirectory, relative);
        try
        {
            return Outcome<T>.Ok(Yaml.Deserialize<T>(File.ReadAllText(path)) ?? new T());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or YamlException)
        {
            return Outcome<T>.Fail(new StraitError(ErrorCodes.KnowledgeFile, $"Cannot read {relative}: {ex.Message}", path,
                "Check the file against its format in data/README.md."));
        }
    }

    private static Outcome<CodingKnowledge> Build(EventsFileDto events, CuesFileDto cues, IssuesFileDto issues, IReadOnlyList<(string Name, string Country)>? places = null)
    {
        var irregular = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (form, baseForm) in events.Forms)
        {
            irregular[form.ToLowerInvariant()] = baseForm.ToLowerInvariant();
        }

        var stemmer = new Stemmer(irregular);
        var patterns = new List<EventPattern>();
        for (var i = 0; i < events.Patterns.Count; i++)
        {
            var entry = events.Patterns[i];
            var where = $"{EventsFile} pattern {i + 1}";
            var type = EnumNames.Parse<EventType>(entry.Type);
            if (!type.Success)
            {
                return Fail(where, type.Error!.Message);
            }

            var issue = Optional<Issue>(entry.Issue);
            if (!issue.Success)
            {
                return Fail(where, issue.Error!.Message);
            }

            var jointType = Optional<EventType>(entry.JointType);
            if (!jointType.Success)
            {
                return Fail(where, jointType.Error!.Message);
            }

            var sourceRole = ActorRole.None;
            if (entry.SourceRole is not null && (!Enum.TryParse(entry.SourceRole, ignoreCase: true, out sourceRole) || sourceRole == ActorRole.None))
            {
                return Fail(where, $"'{entry.SourceRole}' is not a role (GOV, MIL, JUD, LEG, OPP, BUS, CVL, MED)");
            }

            var targetRole = ActorRole.None;
            if (entry.TargetRole is not null && (!Enum.TryParse(entry.TargetRole, ignoreCase: true, out targetRole) || targetRole == ActorRole.None))
            {
                return Fail(where, $"'{entry.TargetRole}' is not a role (GOV, MIL, JUD, LEG, OPP, BUS, CVL, MED)");
            }

            HistoricalEpisode? episode = null;
            if (entry.Episode is { } given)
            {
                var episodeSource = ActorCode.Parse(given.Source);
                var episodeTarget = ActorCode.Parse(given.Target);
                var episodeWhen = PartialDate.Parse(given.When);
                if (!episodeSource.Success || !episodeTarget.Success || !episodeWhen.Success)
                {
                    return Fail(where, $"its episode needs a source and a target actor code and a date ('{given.Source}', '{given.Target}', '{given.When}')");
                }

                episode = new HistoricalEpisode(episodeSource.Value!, episodeTarget.Value!, episodeWhen.Value!);
            }

            if (entry.Phrases is null || entry.Phrases.Count == 0)
            {
                return Fail(where, $"A {entry.Type} pattern has no phrases: give it at least one under 'phrases', or remove it.");
            }

            foreach (var text in entry.Phrases)
            {
                var phrase = Phrase.Parse(text, stemmer, where);
                if (!phrase.Success)
                {
                    return Outcome<CodingKnowledge>.Fail(phrase.Error!);
                }

                patterns.Add(new EventPattern(type.Value, issue.Value, entry.Nominal, entry.Planned, entry.Symmetric, phrase.Value) { SourceRole = sourceRole, TargetRole = targetRole, Home = entry.Home, Verdict = entry.Verdict, JointType = jointType.Value, Episode = episode });
            }
        }

        var cueLists = new Dictionary<string, CueList>(StringComparer.Ordinal);
        foreach (var (name, list) in cues.Cues)
        {
            var phrases = new List<Phrase>();
            foreach (var text in list.Words)
            {
                var phrase = Phrase.Parse(text, stemmer, $"{CuesFile} cues.{name}");
                if (!phrase.Success)
                {
                    return Outcome<CodingKnowledge>.Fail(phrase.Error!);
                }

                phrases.Add(phrase.Value);
            }

            cueLists[name] = new CueList(name, phrases, list.Window, list.After)
            {
                ClauseInitial = list.ClauseInitial,
                BlockedBy = list.BlockedBy.Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal),
            };
        }

        var pairs = new List<Phrase>();
        var statePairs = new List<Phrase>();
        var personDescriptions = new List<Phrase>();
        var stateDescriptions = new List<Phrase>();
        var bodyDescriptions = new List<Phrase>();
        var groups = new List<Phrase>();
        var pairSubjects = new List<Phrase>();
        var gapHedges = new List<Phrase>();
        var actReferences = new List<Phrase>();
        var jointStatements = new List<Phrase>();
        foreach (var (texts, list, key) in new[]
        {
            (cues.JointStatementDescriptions, jointStatements, "joint_statement_descriptions"),
            (cues.PairPhrases, pairs, "pair_phrases"), (cues.StatePairPhrases, statePairs, "state_pair_phrases"),
            (cues.PersonDescriptions, personDescriptions, "person_descriptions"), (cues.StateDescriptions, stateDescriptions, "state_descriptions"),
            (cues.BodyDescriptions, bodyDescriptions, "body_descriptions"),
            (cues.GroupPhrases, groups, "group_phrases"), (cues.PairSubjects, pairSubjects, "pair_subjects"),
            (cues.GapHedges, gapHedges, "gap_hedges"), (cues.ActReferences, actReferences, "act_references"),
        })
        {
            foreach (var text in texts)
            {
                var phrase = Phrase.Parse(text, stemmer, $"{CuesFile} {key}");
                if (!phrase.Success)
                {
                    return Outcome<CodingKnowledge>.Fail(phrase.Error!);
                }

                list.Add(phrase.Value);
            }
        }

        var keywords = new List<IssueKeyword>();
        foreach (var (name, words) in issues.Issues)
        {
            var issue = EnumNames.Parse<Issue>(name);
            if (!issue.Success)
            {
                return Fail($"{IssuesFile} issues.{name}", issue.Error!.Message);
            }

            foreach (var text in words)
            {
                var phrase = Phrase.Parse(text, stemmer, $"{IssuesFile} issues.{name}");
                if (!phrase.Success)
                {
                    return Outcome<CodingKnowledge>.Fail(phrase.Error!);
                }

                keywords.Add(new IssueKeyword(issue.Value, phrase.Value));
            }
        }

        var actorIssues = new Dictionary<string, Issue>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, name) in issues.ActorIssues)
        {
            var issue = EnumNames.Parse<Issue>(name);
            if (!issue.Success)
            {
                return Fail($"{IssuesFile} actor_issues.{code}", issue.Error!.Message);
            }

            actorIssues[code] = issue.Value;
        }

        var actReferenceTypes = new Dictionary<string, IReadOnlySet<EventType>>(StringComparer.Ordinal);
        foreach (var (noun, names) in cues.ActReferenceTypes)
        {
            var types = new HashSet<EventType>();
            foreach (var name in names)
            {
                if (!Enum.TryParse<EventType>(name, ignoreCase: false, out var type) || !Enum.IsDefined(type))
                {
                    return Fail($"{CuesFile} act_reference_types.{noun}", $"act_reference_types: '{name}' is not a PLOVER event type");
                }

                types.Add(type);
            }

            actReferenceTypes[stemmer.Stem(noun)] = types;
        }

        var clauseOnly = new HashSet<EventType>();
        foreach (var name in issues.ClauseOnlyTypes)
        {
            if (!Enum.TryParse<EventType>(name, ignoreCase: false, out var type) || !Enum.IsDefined(type))
            {
                return Fail($"{IssuesFile} clause_only_types", $"clause_only_types: '{name}' is not a PLOVER event type");
            }

            clauseOnly.Add(type);
        }

        var periods = new List<NamedPeriod>();
        foreach (var (text, span) in cues.Periods)
        {
            var phrase = Phrase.Parse(text, stemmer, $"{CuesFile} periods");
            var when = Strait.Core.Time.PartialDate.Parse(span);
            if (!phrase.Success || !when.Success)
            {
                return Fail($"{CuesFile} periods.{text}", phrase.Error?.Message ?? when.Error!.Message);
            }

            periods.Add(new NamedPeriod(phrase.Value, when.Value));
        }

        var disputed = new List<DisputedPlace>();
        foreach (var place in cues.DisputedPlaces)
        {
            var claimants = place.Claimants.Select(c => c.ToUpperInvariant()).ToList();
            if (claimants.Count < 2 || claimants.Any(c => !Country.IsCode(c)) || place.Names.Count == 0)
            {
                return Fail($"{CuesFile} disputed_places", $"disputed_places: '{string.Join(", ", place.Names)}' needs names and two or more claimants as ISO alpha-3 codes");
            }

            var names = new List<Phrase>();
            foreach (var name in place.Names)
            {
                var phrase = Phrase.Parse(name, stemmer, $"{CuesFile} disputed_places");
                if (!phrase.Success)
                {
                    return Outcome<CodingKnowledge>.Fail(phrase.Error!);
                }

                names.Add(phrase.Value);
            }

            disputed.Add(new DisputedPlace(names, claimants));
        }

        var families = new Dictionary<EventType, int>();
        for (var f = 0; f < cues.AlmanacTypeFamilies.Count; f++)
        {
            foreach (var name in cues.AlmanacTypeFamilies[f])
            {
                var type = EnumNames.Parse<EventType>(name);
                if (!type.Success)
                {
                    return Fail($"{CuesFile} almanac_type_families", type.Error!.Message);
                }

                families[type.Value] = f;
            }
        }

        static HashSet<string> Set(IEnumerable<string> words) => words.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        static HashSet<ActorRole> Roles(IEnumerable<string> names) =>
            names.Select(r => Enum.TryParse<ActorRole>(r, ignoreCase: true, out var role) ? role : ActorRole.None).Where(r => r != ActorRole.None).ToHashSet();
        static HashSet<EventType> Types(IEnumerable<string> names) =>
            names.Select(t => Enum.TryParse<EventType>(t, ignoreCase: true, out var type) ? type : (EventType?)null).OfType<EventType>().ToHashSet();

        var countryPlaces = new List<(Phrase Name, string Country)>();
        foreach (var (name, country) in places ?? [])
        {
            var phrase = Phrase.Parse(name, stemmer, "actors/countries.yaml places");
            if (!phrase.Success)
            {
                return Outcome<CodingKnowledge>.Fail(phrase.Error!);
            }

            countryPlaces.Add((phrase.Value, country));
        }

        // Role-word entries as word lists with their roles, longest first; entries with no valid role are left out.
        static List<(string[] Words, ActorRole Role)> RoleWords(Dictionary<string, string> entries) =>
        [
            .. entries
                .Select(pair => (Words: pair.Key.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries), Role: Enum.TryParse<ActorRole>(pair.Value, ignoreCase: true, out var role) ? role : ActorRole.None))
                .Where(entry => entry.Role != ActorRole.None && entry.Words.Length > 0)
                .OrderByDescending(entry => entry.Words.Length),
        ];

        return Outcome<CodingKnowledge>.Ok(new CodingKnowledge(stemmer, patterns, cueLists, Set(cues.ClauseBreaks), Set(cues.Prepositions),
            Set(cues.Determiners), Set(cues.PassiveAuxiliaries), Set(cues.Pronouns), pairs, keywords, actorIssues,
            cues.MainCountries.Select(c => c.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal), Set(cues.RelativePronouns),
            cues.ReportingVerbs.Select(stemmer.Stem).ToHashSet(StringComparer.Ordinal), periods,
            families, cues.CommonWords.Select(stemmer.Stem).ToHashSet(StringComparer.Ordinal), Set(cues.PresentMarkers),
            [.. cues.NounSuffixes.Select(w => w.ToLowerInvariant())])
        {
            CountryPlaces = countryPlaces,
            PlaceTargetTypes = Types(cues.PlaceTargetTypes),
            FrameworkTypes = Types(cues.FrameworkTypes),
            PreventableTypes = Types(cues.PreventableTypes),
            HypotheticalModals = Set(cues.HypotheticalModals),
            WouldPlannedTypes = Types(cues.WouldPlannedTypes),
            OfficeVerbs = Set(cues.OfficeVerbs),
            StatePairPhrases = statePairs,
            ClauseOnlyIssueTypes = clauseOnly,
            GroupPhrases = groups,
            PairSubjects = pairSubjects,
            SubjectGerundPrepositions = Set(cues.SubjectGerundPrepositions),
            OpposingPrepositions = Set(cues.OpposingPrepositions),
            TopicVerbs = cues.TopicVerbs.Select(stemmer.Stem).ToHashSet(StringComparer.Ordinal),
            HomePublic = [.. cues.HomePublic.Select(p => (IReadOnlyList<string>)p.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))],
            JoiningVerbs = cues.JoiningVerbs.Select(stemmer.Stem).ToHashSet(StringComparer.Ordinal),
            PersonDescriptions = personDescriptions,
            JointStatementDescriptions = jointStatements,
            StateDescriptions = stateDescriptions,
            BodyDescriptions = bodyDescriptions,
            GenericPrepositions = Set(cues.GenericPrepositions),
            KindWords = Set(cues.KindWords),
            Undergoing = Set(cues.Undergoing),
            AgentPrepositions = Set(cues.AgentPrepositions),
            RequestComplements = Set(cues.RequestComplements),
            RelativeOpeners = Set(cues.RelativeOpeners),
            ReferringDeterminers = Set(cues.ReferringDeterminers),
            FigureWords = Set(cues.FigureWords),
            TopicPrepositions = Set(cues.TopicPrepositions),
            FramePrepositions = Set(cues.FramePrepositions),
            PossessionVerbs = Set(cues.PossessionVerbs),
            SurveyNouns = Set(cues.SurveyNouns),
            Complementizers = Set(cues.Complementizers),
            RefusalModals = Set(cues.RefusalModals),
            OccasionPrepositions = Set(cues.OccasionPrepositions),
            TimePrepositions = Set(cues.TimePrepositions),
            PastAuxiliaries = Set(cues.PastAuxiliaries),
            GatheringNouns = Set(cues.GatheringNouns),
            BackReferenceWords = Set(cues.BackReferenceWords),
            EpisodeTimePrepositions = Set(cues.EpisodeTimePrepositions),
            InstitutionNouns = Set(cues.InstitutionNouns),
            HeadNouns = Set(cues.HeadNouns),
            ProposalNouns = Set(cues.ProposalNouns),
            FrameNouns = Set(cues.FrameNouns),
            ConditionOpeners = Set(cues.ConditionOpeners),
            IntentionNouns = cues.IntentionNouns.Select(stemmer.Stem).ToHashSet(StringComparer.Ordinal),
            ClauseOpeningPrepositions = Set(cues.ClauseOpeningPrepositions),
            NameModifiers = Set(cues.NameModifiers),
            ObjectPronouns = cues.ObjectPronouns.ToDictionary(p => p.Key.ToLowerInvariant(), p => p.Value.ToLowerInvariant(), StringComparer.Ordinal),
            CountWords = Set(cues.CountWords),
            ListAdverbs = Set(cues.ListAdverbs),
            TourWords = cues.TourWords.Select(stemmer.Stem).ToHashSet(StringComparer.Ordinal),
            InsertionOpeners = Set(cues.InsertionOpeners),
            EndPointWords = Set(cues.EndPointWords),
            AnniversaryWords = Set(cues.AnniversaryWords),
            PartitiveNouns = Set(cues.PartitiveNouns),
            CompoundHeads = Set(cues.CompoundHeads),
            OccasionNouns = Set(cues.OccasionNouns),
            ScheduleWords = Set(cues.ScheduleWords),
            CommitmentVerbs = cues.CommitmentVerbs.Select(stemmer.Stem).ToHashSet(StringComparer.Ordinal),
            TimePartWords = Set(cues.TimePartWords),
            ApartWords = Set(cues.ApartWords),
            PurposeSubjectVerbs = cues.PurposeSubjectVerbs.Select(stemmer.Stem).ToHashSet(StringComparer.Ordinal),
            CausativeVerbs = cues.CausativeVerbs.Select(stemmer.Stem).ToHashSet(StringComparer.Ordinal),
            GapHedges = gapHedges,
            ActReferences = actReferences,
            ActReferenceTypes = actReferenceTypes,
            DisputedPlaces = disputed,
            ContentPrepositions = Set(cues.ContentPrepositions),
            PairPronouns = Set(cues.PairPronouns),
            StativeAfter = Set(cues.StativeAfter),
            VenuePrepositions = Set(cues.VenuePrepositions),
            PlacePrepositions = Set(cues.PlacePrepositions),
            PlaceModifiers = Set(cues.PlaceModifiers),
            PlaceNouns = Set(cues.PlaceNouns),
            AdverbAfter = Set(cues.AdverbAfter),
            StandaloneRoles = RoleWords(cues.StandaloneRoles),
            PlacedRoles = RoleWords(cues.PlacedRoles),
            HomeTargetRoles = Roles(cues.HomeTargetRoles),
            OrderingRoles = Roles(cues.OrderingRoles),
            NewsPegParagraphs = Math.Max(0, cues.NewsPegParagraphs),
            ParagraphEnds = [.. cues.ParagraphEnds.Where(e => e.Length > 0)],
            AgreedConcessions = cues.AgreedConcessions.Select(t => EnumNames.Parse<EventType>(t)).Where(t => t.Success).Select(t => t.Value).ToHashSet(),
            PeriodObjectTypes = cues.PeriodObjectTypes.Select(t => EnumNames.Parse<EventType>(t)).Where(t => t.Success).Select(t => t.Value).ToHashSet(),
            VenueTypes = cues.VenueTypes.Select(t => EnumNames.Parse<EventType>(t)).Where(t => t.Success).Select(t => t.Value).ToHashSet(),
            DomesticRoles = cues.DomesticRoles.Select(r => Enum.TryParse<Strait.Core.Actors.ActorRole>(r, ignoreCase: true, out var role) ? role : Strait.Core.Actors.ActorRole.None)
                .Where(r => r != Strait.Core.Actors.ActorRole.None).ToHashSet(),
        });
    }

    /// <summary>An optional enum field of a pattern (<c>issue</c>, <c>joint_type</c>): null when absent, else its parsed value.</summary>
    private static Outcome<T?> Optional<T>(string? text)
        where T : struct, Enum
    {
        if (text is null)
        {
            return Outcome<T?>.Ok(null);
        }

        var parsed = EnumNames.Parse<T>(text);
        return parsed.Success ? Outcome<T?>.Ok(parsed.Value) : Outcome<T?>.Fail(parsed.Error!);
    }

    private static Outcome<CodingKnowledge> Fail(string where, string message) =>
        Outcome<CodingKnowledge>.Fail(new StraitError(ErrorCodes.KnowledgeFile, message, where, "See the format in data/README.md."));

    private sealed class EventsFileDto
    {
        public Dictionary<string, string> Forms { get; set; } = [];

        public List<PatternDto> Patterns { get; set; } = [];
    }

    private sealed class PatternDto
    {
        public string? Type { get; set; }

        public string? Issue { get; set; }

        public bool Nominal { get; set; }

        public bool Planned { get; set; }

        public bool Symmetric { get; set; }

        public string? SourceRole { get; set; }

        public string? TargetRole { get; set; }

        public bool Home { get; set; }

        public bool Verdict { get; set; }

        public string? JointType { get; set; }

        public EpisodeDto? Episode { get; set; }

        public List<string> Phrases { get; set; } = [];
    }

    private sealed class EpisodeDto
    {
        public string? Source { get; set; }

        public string? Target { get; set; }

        public string? When { get; set; }
    }

    private sealed class CuesFileDto
    {
        public Dictionary<string, CueDto> Cues { get; set; } = [];

        public List<string> ClauseBreaks { get; set; } = [];

        public List<string> Prepositions { get; set; } = [];

        public List<string> Determiners { get; set; } = [];

        public List<string> PassiveAuxiliaries { get; set; } = [];

        public List<string> Pronouns { get; set; } = [];

        public List<string> PairPhrases { get; set; } = [];

        public List<string> PersonDescriptions { get; set; } = [];

        public List<string> JointStatementDescriptions { get; set; } = [];

        public List<string> StateDescriptions { get; set; } = [];

        public List<string> BodyDescriptions { get; set; } = [];

        public List<string> StatePairPhrases { get; set; } = [];

        public List<string> GroupPhrases { get; set; } = [];

        public List<string> PairSubjects { get; set; } = [];

        public List<string> SubjectGerundPrepositions { get; set; } = [];

        public List<string> JoiningVerbs { get; set; } = [];

        public List<string> OpposingPrepositions { get; set; } = [];

        public List<string> TopicVerbs { get; set; } = [];

        public List<string> HomePublic { get; set; } = [];

        public List<string> MainCountries { get; set; } = [];

        public List<string> RelativePronouns { get; set; } = [];

        public List<string> ReportingVerbs { get; set; } = [];

        public Dictionary<string, string> Periods { get; set; } = [];

        public List<List<string>> AlmanacTypeFamilies { get; set; } = [];

        public List<string> CommonWords { get; set; } = [];

        public List<string> PresentMarkers { get; set; } = [];

        public List<string> NounSuffixes { get; set; } = [];

        public List<string> GenericPrepositions { get; set; } = [];

        public List<string> KindWords { get; set; } = [];

        public List<string> Undergoing { get; set; } = [];

        public List<string> AgentPrepositions { get; set; } = [];

        public List<string> DomesticRoles { get; set; } = [];

        public List<string> RequestComplements { get; set; } = [];

        public List<string> RelativeOpeners { get; set; } = [];

        public List<string> ReferringDeterminers { get; set; } = [];

        public List<string> FigureWords { get; set; } = [];

        public List<string> TopicPrepositions { get; set; } = [];

        public List<string> FramePrepositions { get; set; } = [];

        public List<string> PossessionVerbs { get; set; } = [];

        public List<string> SurveyNouns { get; set; } = [];

        public List<string> Complementizers { get; set; } = [];

        public List<string> RefusalModals { get; set; } = [];

        public List<string> OccasionPrepositions { get; set; } = [];

        public List<string> TimePrepositions { get; set; } = [];

        public List<string> PastAuxiliaries { get; set; } = [];

        public List<string> GatheringNouns { get; set; } = [];

        public List<string> BackReferenceWords { get; set; } = [];

        public List<string> EpisodeTimePrepositions { get; set; } = [];

        public List<string> InstitutionNouns { get; set; } = [];

        public List<string> HeadNouns { get; set; } = [];

        public List<string> ProposalNouns { get; set; } = [];

        public List<string> FrameNouns { get; set; } = [];

        public List<string> ConditionOpeners { get; set; } = [];

        public List<string> IntentionNouns { get; set; } = [];

        public List<string> ClauseOpeningPrepositions { get; set; } = [];

        public List<string> NameModifiers { get; set; } = [];

        public Dictionary<string, string> ObjectPronouns { get; set; } = [];

        public List<string> PlaceTargetTypes { get; set; } = [];

        public List<string> FrameworkTypes { get; set; } = [];

        public List<string> PreventableTypes { get; set; } = [];

        public List<string> HypotheticalModals { get; set; } = [];

        public List<string> WouldPlannedTypes { get; set; } = [];

        public List<string> OfficeVerbs { get; set; } = [];

        public List<string> CountWords { get; set; } = [];

        public List<string> ListAdverbs { get; set; } = [];

        public List<string> TourWords { get; set; } = [];

        public List<string> InsertionOpeners { get; set; } = [];

        public List<string> EndPointWords { get; set; } = [];

        public List<string> AnniversaryWords { get; set; } = [];

        public List<string> PartitiveNouns { get; set; } = [];

        public List<string> CompoundHeads { get; set; } = [];

        public List<string> OccasionNouns { get; set; } = [];

        public List<string> ScheduleWords { get; set; } = [];

        public List<string> CommitmentVerbs { get; set; } = [];

        public List<string> TimePartWords { get; set; } = [];

        public List<string> ApartWords { get; set; } = [];

        public List<string> PurposeSubjectVerbs { get; set; } = [];

        public List<string> CausativeVerbs { get; set; } = [];

        public List<string> GapHedges { get; set; } = [];

        public List<string> ActReferences { get; set; } = [];

        public Dictionary<string, List<string>> ActReferenceTypes { get; set; } = [];

        public List<DisputedPlaceDto> DisputedPlaces { get; set; } = [];

        public List<string> ContentPrepositions { get; set; } = [];

        public List<string> PairPronouns { get; set; } = [];

        public List<string> StativeAfter { get; set; } = [];

        public List<string> VenuePrepositions { get; set; } = [];

        public List<string> PlacePrepositions { get; set; } = [];

        public List<string> PlaceModifiers { get; set; } = [];

        public List<string> PlaceNouns { get; set; } = [];

        public List<string> AdverbAfter { get; set; } = [];

        public Dictionary<string, string> StandaloneRoles { get; set; } = [];

        public Dictionary<string, string> PlacedRoles { get; set; } = [];

        public List<string> HomeTargetRoles { get; set; } = [];

        public List<string> OrderingRoles { get; set; } = [];

        public List<string> VenueTypes { get; set; } = [];

        public List<string> AgreedConcessions { get; set; } = [];

        public List<string> PeriodObjectTypes { get; set; } = [];

        public int NewsPegParagraphs { get; set; }

        public List<string> ParagraphEnds { get; set; } = [];
    }

    private sealed class DisputedPlaceDto
    {
        public List<string> Names { get; set; } = [];

        public List<string> Claimants { get; set; } = [];
    }

    private sealed class CueDto
    {
        public int Window { get; set; } = 6;

        public int After { get; set; }

        public bool ClauseInitial { get; set; }

        public List<string> BlockedBy { get; set; } = [];

        public List<string> Words { get; set; } = [];
    }

    private sealed class IssuesFileDto
    {
        public Dictionary<string, List<string>> Issues { get; set; } = [];

        public Dictionary<string, string> ActorIssues { get; set; } = [];

        public List<string> ClauseOnlyTypes { get; set; } = [];
    }
}
