using System.Collections.Frozen;
using Strait.Core.Events;

namespace Strait.Text.Coding;

/// <summary>A named historical period ("the Korean War") and the years it spans.</summary>
public sealed record NamedPeriod(Phrase Phrase, Strait.Core.Time.PartialDate When);

/// <summary>An issue keyword: a phrase whose presence near a trigger says what the event is about.</summary>
public sealed record IssueKeyword(Issue Issue, Phrase Phrase);

/// <summary>
/// Everything the event coder knows, loaded from <c>data/patterns/</c>: the event patterns indexed by their
/// anchor word, the cue lists, the clause and role words, and the issue keywords.
/// </summary>
public sealed class CodingKnowledge
{
    private IReadOnlyList<(Phrase Name, string Country)> _countryPlaces = [];

    private readonly IReadOnlyList<Phrase> _gapHedges = [];
    private StandaloneRoleWords? _standaloneRoleWords;
    private PhraseIndex? _statePairIndex;
    private PhraseIndex? _pairSubjectIndex;
    private PhraseIndex? _groupIndex;
    private PhraseIndex? _actReferenceIndex;
    private readonly IReadOnlyList<DisputedPlace> _disputedPlaces = [];

    public CodingKnowledge(
        Stemmer stemmer,
        IReadOnlyList<EventPattern> patterns,
        IReadOnlyDictionary<string, CueList> cues,
        IReadOnlySet<string> clauseBreaks,
        IReadOnlySet<string> prepositions,
        IReadOnlySet<string> determiners,
        IReadOnlySet<string> passiveAuxiliaries,
        IReadOnlySet<string> pronouns,
        IReadOnlyList<Phrase> pairPhrases,
        IReadOnlyList<IssueKeyword> issueKeywords,
        IReadOnlyDictionary<string, Issue> actorIssues,
        IReadOnlySet<string>? mainCountries = null,
        IReadOnlySet<string>? relativePronouns = null,
        IReadOnlySet<string>? reportingVerbs = null,
        IReadOnlyList<NamedPeriod>? periods = null,
        IReadOnlyDictionary<EventType, int>? typeFamilies = null,
        IReadOnlySet<string>? commonWords = null,
        IReadOnlySet<string>? presentMarkers = null,
        IReadOnlyList<string>? nounSuffixes = null)
    {
        NounSuffixes = nounSuffixes ?? [];
        PresentMarkers = presentMarkers ?? new HashSet<string>(StringComparer.Ordinal);
        TypeFamilies = typeFamilies ?? new Dictionary<EventType, int>();
        CommonWords = commonWords ?? new HashSet<string>(StringComparer.Ordinal);
        var periodsByAnchor = new Dictionary<string, List<NamedPeriod>>(StringComparer.Ordinal);
        foreach (var period in periods ?? [])
        {
            foreach (var anchor in period.Phrase.Anchors)
            {
                if (!periodsByAnchor.TryGetValue(anchor, out var list))
                {
                    periodsByAnchor[anchor] = list = [];
                }

                list.Add(period);
            }
        }

        PeriodsByAnchor = periodsByAnchor;
        RelativePronouns = relativePronouns ?? new HashSet<string>(StringComparer.Ordinal);
        ReportingVerbs = reportingVerbs ?? new HashSet<string>(StringComparer.Ordinal);
        MainCountries = mainCountries ?? new HashSet<string>(StringComparer.Ordinal);
        Stemmer = stemmer;
        Patterns = patterns;
        Cues = cues;
        ClauseBreaks = clauseBreaks;
        Prepositions = prepositions;
        Determiners = determiners;
        PassiveAuxiliaries = passiveAuxiliaries;
        Pronouns = pronouns;
        PairPhrases = pairPhrases;
        PairIndex = new PhraseIndex(pairPhrases);
        IssueKeywords = issueKeywords;
        ActorIssues = actorIssues;
        var byAnchor = new Dictionary<string, List<EventPattern>>(StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            foreach (var anchor in pattern.Phrase.Anchors)
            {
                if (!byAnchor.TryGetValue(anchor, out var list))
                {
                    byAnchor[anchor] = list = [];
                }

                list.Add(pattern);
            }
        }

        // Longer phrases first: "export controls" wins over "controls". The sort is stable, so phrases of one length
        // keep the file's order (a verb listed before its noun is tried first) whatever else shares the anchor.
        foreach (var list in byAnchor.Values)
        {
            var ordered = list.OrderByDescending(p => p.Phrase.Core.Count + (p.Phrase.TailRequired ? p.Phrase.Tail.Count(e => e is not WordElement { Optional: true }) : 0)).ToList();
            list.Clear();
            list.AddRange(ordered);
        }

        PatternsByAnchor = byAnchor.ToFrozenDictionary(StringComparer.Ordinal);
        var keywordsByAnchor = new Dictionary<string, List<IssueKeyword>>(StringComparer.Ordinal);
        foreach (var keyword in issueKeywords)
        {
            foreach (var anchor in keyword.Phrase.Anchors)
            {
                if (!keywordsByAnchor.TryGetValue(anchor, out var list))
                {
                    keywordsByAnchor[anchor] = list = [];
                }

                list.Add(keyword);
            }
        }

        IssueKeywordsByAnchor = keywordsByAnchor.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public Stemmer Stemmer { get; }

    public IReadOnlyList<EventPattern> Patterns { get; }

    public IReadOnlyDictionary<string, List<EventPattern>> PatternsByAnchor { get; }

    public IReadOnlyDictionary<string, CueList> Cues { get; }

    public IReadOnlySet<string> ClauseBreaks { get; }

    public IReadOnlySet<string> Prepositions { get; }

    public IReadOnlySet<string> Determiners { get; }

    public IReadOnlySet<string> PassiveAuxiliaries { get; }

    public IReadOnlySet<string> Pronouns { get; }

    public IReadOnlyList<Phrase> PairPhrases { get; }

    /// <summary><see cref="PairPhrases"/> by the stems that can start them.</summary>
    public PhraseIndex PairIndex { get; }

    public IReadOnlyList<IssueKeyword> IssueKeywords { get; }

    public IReadOnlyDictionary<string, Issue> ActorIssues { get; }

    /// <summary>Country codes whose most-mentioned one in an article is a source's default counterpart (<see cref="Counterparts"/>).</summary>
    public IReadOnlySet<string> MainCountries { get; }

    /// <summary>Named historical periods by the stems that can start them: they date an event that states no date.</summary>
    public IReadOnlyDictionary<string, List<NamedPeriod>> PeriodsByAnchor { get; }

    /// <summary>Words that open a relative clause whose subject stands before them ("who").</summary>
    public IReadOnlySet<string> RelativePronouns { get; }

    /// <summary>Stems of verbs that take a "that" clause ("said that ..."), so the verb after "that" has its own subject.</summary>
    public IReadOnlySet<string> ReportingVerbs { get; }

    public IReadOnlyDictionary<string, List<IssueKeyword>> IssueKeywordsByAnchor { get; }

    /// <summary>Event types grouped into families (same number, same family): an almanac entry of the same family may date an event.</summary>
    public IReadOnlyDictionary<EventType, int> TypeFamilies { get; }

    /// <summary>Stems of words too common to say which almanac entry a sentence refers to.</summary>
    public IReadOnlySet<string> CommonWords { get; }

    /// <summary>Words before a trigger that put it in the present ("are pressing ahead"): such an event is current, not one of the almanac.</summary>
    public IReadOnlySet<string> PresentMarkers { get; }

    /// <summary>Endings that make a trigger word a noun, not a verb in the present ("rulings", "sanctions").</summary>
    public IReadOnlyList<string> NounSuffixes { get; }

    /// <summary>Phrases that refer back to the last two states of different countries ("both countries", "both are").</summary>
    public IReadOnlyList<Phrase> StatePairPhrases { get; init; } = [];

    /// <summary><see cref="StatePairPhrases"/> by the stems that can start them, built on first use.</summary>
    public PhraseIndex StatePairIndex => _statePairIndex ??= new PhraseIndex(StatePairPhrases);

    /// <summary>Event types whose issue comes only from their own clause, their pattern or a party, never from the paragraph's topic (issues.yaml <c>clause_only_types</c>).</summary>
    public IReadOnlySet<EventType> ClauseOnlyIssueTypes { get; init; } = new HashSet<EventType>();

    /// <summary>Prepositions before a gerund whose doer is the subject of the sentence ("Sylvania answered by tightening exports").</summary>
    public IReadOnlySet<string> SubjectGerundPrepositions { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Prepositions before an "-ing" verb trigger that make it an act opposed, not done ("warned Sylvania against deploying"; cues.yaml <c>opposing_prepositions</c>).</summary>
    public IReadOnlySet<string> OpposingPrepositions { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Phrases naming a country's own people as an object ("apologised to the nation"; cues.yaml <c>home_public</c>), each as its lower-case words.</summary>
    public IReadOnlyList<IReadOnlyList<string>> HomePublic { get; init; } = [];

    /// <summary>Stems of verbs of talking about something: an event noun right after one is its topic ("to discuss export controls"; cues.yaml <c>topic_verbs</c>).</summary>
    public IReadOnlySet<string> TopicVerbs { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Stems of verbs whose subject shares the act of their object ("Fredville joined Sylvania in condemning ..."; cues.yaml <c>joining_verbs</c>).</summary>
    public IReadOnlySet<string> JoiningVerbs { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Words that refer back to the last pair only right before a trigger, as its subject ("the two agreed", "both condemned").</summary>
    public IReadOnlyList<Phrase> PairSubjects { get; init; } = [];

    /// <summary><see cref="PairSubjects"/> by the stems that can start them, built on first use.</summary>
    public PhraseIndex PairSubjectIndex => _pairSubjectIndex ??= new PhraseIndex(PairSubjects);

    /// <summary>Phrases for a group of three or more parties ("trilateral", "the three leaders"): a joint act's parties are then the article's main countries.</summary>
    public IReadOnlyList<Phrase> GroupPhrases { get; init; } = [];

    /// <summary><see cref="GroupPhrases"/> by the stems that can start them, built on first use.</summary>
    public PhraseIndex GroupIndex => _groupIndex ??= new PhraseIndex(GroupPhrases);

    /// <summary>Descriptions of a person already named ("the foreign minister", "the president"): as a subject, the last person named.</summary>
    public IReadOnlyList<Phrase> PersonDescriptions { get; init; } = [];

    /// <summary>A joint document as a trigger's subject ("the joint statement condemned ..."): it speaks for the parties of the last joint act.</summary>
    public IReadOnlyList<Phrase> JointStatementDescriptions { get; init; } = [];

    /// <summary>Descriptions of a state already named ("the ministry", "the government"): as a subject, the last state that acted or was named.</summary>
    public IReadOnlyList<Phrase> StateDescriptions { get; init; } = [];

    /// <summary>Descriptions of a body already named ("the assembly", "the party"): as a subject, the last organisation or group whose name ends in its noun.</summary>
    public IReadOnlyList<Phrase> BodyDescriptions { get; init; } = [];

    /// <summary>Prepositions after which a bare event noun is a kind of action, not an event ("a focus of cooperation").</summary>
    public IReadOnlySet<string> GenericPrepositions { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Words right before an event noun that make it a kind of act or one told of already ("the first such visit").</summary>
    public IReadOnlySet<string> KindWords { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Words before an event noun that make their clause's subject its target ("under pressure").</summary>
    public IReadOnlySet<string> Undergoing { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Words that introduce the agent of a passive ("by", and "from" after <see cref="Undergoing"/>).</summary>
    public IReadOnlySet<string> AgentPrepositions { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Roles whose events with their own country's actors are domestic events, not misreadings.</summary>
    public IReadOnlySet<Strait.Core.Actors.ActorRole> DomesticRoles { get; init; } = new HashSet<Strait.Core.Actors.ActorRole>();

    /// <summary>Words after a request verb that open its complement ("urged Sylvania to ...", "demanded that ..."): the complement's verb is no event of its own.</summary>
    public IReadOnlySet<string> RequestComplements { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Words that open a relative clause ("which", "that", "who"): a plain present verb in one describes, it does not report.</summary>
    public IReadOnlySet<string> RelativeOpeners { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The places of countries.yaml ("Hokkaido", "Yeonpyeong") with their countries, by the stems that can start them.</summary>
    public IReadOnlyList<(Phrase Name, string Country)> CountryPlaces
    {
        get => _countryPlaces;
        init
        {
            _countryPlaces = value;
            CountryPlacesByAnchor = value.SelectMany(place => place.Name.Anchors.Select(anchor => (Anchor: anchor, Place: place)))
                .GroupBy(entry => entry.Anchor, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Select(entry => entry.Place).ToList(), StringComparer.Ordinal);
        }
    }

    /// <summary><see cref="CountryPlaces"/> by the stems that can start them.</summary>
    public IReadOnlyDictionary<string, List<(Phrase Name, string Country)>> CountryPlacesByAnchor { get; private init; } =
        new Dictionary<string, List<(Phrase Name, string Country)>>(StringComparer.Ordinal);

    /// <summary>Types of act aimed at a place ("fired shells at Yeonpyeong", "a missile over Hokkaido"): with no actor as object, the place's country is the target.</summary>
    public IReadOnlySet<Strait.Core.Events.EventType> PlaceTargetTypes { get; init; } = new HashSet<Strait.Core.Events.EventType>();

    /// <summary>Types of act whose noun after a referring determiner, in a sentence naming no time, is a standing framework ("the pact"), not a new act.</summary>
    public IReadOnlySet<Strait.Core.Events.EventType> FrameworkTypes { get; init; } = new HashSet<Strait.Core.Events.EventType>();

    /// <summary>Types of act a refusal keeps from happening (a meeting postponed): said as a noun after one, not an act done.</summary>
    public IReadOnlySet<Strait.Core.Events.EventType> PreventableTypes { get; init; } = new HashSet<Strait.Core.Events.EventType>();

    /// <summary>Modals that, after an event noun and before a plain verb, make the noun the subject of a hypothetical.</summary>
    public IReadOnlySet<string> HypotheticalModals { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Types of act that "would" right before the trigger marks as planned (a meeting announced is not yet held).</summary>
    public IReadOnlySet<Strait.Core.Events.EventType> WouldPlannedTypes { get; init; } = new HashSet<Strait.Core.Events.EventType>();

    /// <summary>Verbs of holding an office ("who chairs the committee"): the holder, named but unknown, acts for the body.</summary>
    public IReadOnlySet<string> OfficeVerbs { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Stems of nouns of intention whose agent after "by" does the act after "to" ("the decision by Sylvania to impose curbs").</summary>
    public IReadOnlySet<string> IntentionNouns { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Person pronouns that may be a one-sided act's object ("urged him to"), each with the subject form it resolves as.</summary>
    public IReadOnlyDictionary<string, string> ObjectPronouns { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Words between a preposition and the name it governs ("of the opposition Democratic Party").</summary>
    public IReadOnlySet<string> NameModifiers { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Prepositions that also open a clause, whose actor right before a verb trigger is its subject ("after Sylvania expelled ...").</summary>
    public IReadOnlySet<string> ClauseOpeningPrepositions { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Words that, opening a sentence, make all of it conditional ("If ..., Freedonia will retaliate").</summary>
    public IReadOnlySet<string> ConditionOpeners { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Prepositions that make the country after them the topic of a joint act, not its party ("cooperate on North Korea").</summary>
    public IReadOnlySet<string> TopicPrepositions { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Auxiliaries of the past progressive ("were trading", "was still holding"): an "-ing" trigger after one is in the past tense.</summary>
    public IReadOnlySet<string> PastAuxiliaries { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Nouns that, before "of", make an agreement after them a framework ("a breach of the treaty").</summary>
    public IReadOnlySet<string> FrameNouns { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Nouns of a proposal: an act after "to" that one governs is proposed, not done ("a proposal for X to pay").</summary>
    public IReadOnlySet<string> ProposalNouns { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Nouns of an office holder who speaks for the actor after "of" or "for" ("the chairman of the committee").</summary>
    public IReadOnlySet<string> HeadNouns { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Nouns of a state's institutions: "the administration of President Rufus" is what a later "it" stands for.</summary>
    public IReadOnlySet<string> InstitutionNouns { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Prepositions that make a known episode's noun after them the time of another act ("during colonial rule").</summary>
    public IReadOnlySet<string> EpisodeTimePrepositions { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Nouns of a gathering ("summit", "talks"): once a sentence dates one to a day, a later undated sentence that refers
    /// to "the summit" tells of that day.
    /// </summary>
    public IReadOnlySet<string> GatheringNouns { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Words after "the" that refer back to the parties or the visit of the story the paragraph before told ("the two",
    /// "the leaders", "the one-day visit"): a paragraph naming no time that opens with one goes on with that story's day.
    /// </summary>
    public IReadOnlySet<string> BackReferenceWords { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Words that open a complement clause ("documents how ...", "said on Monday that ..."): a time before one belongs to the outer clause.</summary>
    public IReadOnlySet<string> Complementizers { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Prepositions of time before "the" and an event noun ("hours before the summit"): the event told of before, not a new one.</summary>
    public IReadOnlySet<string> TimePrepositions { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Prepositions before "a" and a date that make the dated noun the occasion of the act ("said in a 2019 interview").</summary>
    public IReadOnlySet<string> OccasionPrepositions { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Modals that, right before a trigger phrase opening with its own negation ("could not accept"), state a refusal, not a possibility.</summary>
    public IReadOnlySet<string> RefusalModals { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Prepositions that make an agreement named after them the framework of an act, not a new agreement ("swapped data under the pact").</summary>
    public IReadOnlySet<string> FramePrepositions { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Verbs of having that make an agreement named after them a standing arrangement, not one made ("already has a similar pact with").</summary>
    public IReadOnlySet<string> PossessionVerbs { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Nouns of a survey: a trigger word right before one names how the survey was taken ("a telephone survey"), not an act.</summary>
    public IReadOnlySet<string> SurveyNouns { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Words of a figure before a counted people ("5.58 million South Koreans", "thousands of protesters").</summary>
    public IReadOnlySet<string> FigureWords { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Determiners that refer back ("the", "this"): an event noun after one as a verb trigger's object is an act told before.</summary>
    public IReadOnlySet<string> ReferringDeterminers { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Places two or more countries claim ("Dokdo", "the Senkakus"): an act aimed at one targets the other claimants.</summary>
    public IReadOnlyList<DisputedPlace> DisputedPlaces
    {
        get => _disputedPlaces;
        init
        {
            _disputedPlaces = value;
            DisputedPlacesByAnchor = value
                .SelectMany(place => place.Names.SelectMany(name => name.Anchors.Select(anchor => (Anchor: anchor, Name: name, Place: place))))
                .GroupBy(entry => entry.Anchor, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Select(entry => (entry.Name, entry.Place)).ToList(), StringComparer.Ordinal);
        }
    }

    /// <summary>The names of <see cref="DisputedPlaces"/> by the stems that can start them, each with its place.</summary>
    public IReadOnlyDictionary<string, List<(Phrase Name, DisputedPlace Place)>> DisputedPlacesByAnchor { get; private init; } =
        new Dictionary<string, List<(Phrase Name, DisputedPlace Place)>>(StringComparer.Ordinal);

    /// <summary>Definite references to an act ("the decision", "that move"): as an untargeted act's object, the last act of another country.</summary>
    public IReadOnlyList<Phrase> ActReferences { get; init; } = [];

    /// <summary>
    /// The types of act a referring noun names, by its stem ("the launch": THREATEN, MOBILIZE or ASSAULT): the act it
    /// refers to is the latest of these types; a noun not listed may refer to an act of any type.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlySet<EventType>> ActReferenceTypes { get; init; } = new Dictionary<string, IReadOnlySet<EventType>>(StringComparer.Ordinal);

    /// <summary><see cref="ActReferences"/> by the stems that can start them, built on first use.</summary>
    public PhraseIndex ActReferenceIndex => _actReferenceIndex ??= new PhraseIndex(ActReferences);

    /// <summary>Hedges before an object ("what it called", "what appeared to be"), whose words a phrase's gap does not count.</summary>
    public IReadOnlyList<Phrase> GapHedges
    {
        get => _gapHedges;
        init
        {
            _gapHedges = value;
            GapHedgesByAnchor = CueList.Index(value);
        }
    }

    /// <summary><see cref="GapHedges"/> by the stems that can start them, so a token is checked only against its own.</summary>
    public IReadOnlyDictionary<string, List<Phrase>> GapHedgesByAnchor { get; private init; } = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);

    /// <summary>Stems of verbs whose object does the act after "to" ("prompting Sylvania to summon", "forced X to retreat").</summary>
    public IReadOnlySet<string> CausativeVerbs { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Words for a part of a day or span that, with "of", belong to the time after them ("the evening of March 25").</summary>
    public IReadOnlySet<string> TimePartWords { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Stems of verbs after whose object a "to" infinitive of purpose is the subject's act ("telephoned Trentino to offer condolences").</summary>
    public IReadOnlySet<string> PurposeSubjectVerbs { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Words right after a list of parties that make each a party in turn ("met Rufus and Trentino separately").</summary>
    public IReadOnlySet<string> ApartWords { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Stems of verbs whose "to" complement is an act still to come ("agreed to hold talks in June").</summary>
    public IReadOnlySet<string> CommitmentVerbs { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Words right before a time that make it the date a report gives a plan ("announced for April 26"), not the report's.</summary>
    public IReadOnlySet<string> ScheduleWords { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Words that introduce a time after a trigger as where the act leads ("back to 2031"), not when it happened.</summary>
    public IReadOnlySet<string> EndPointWords { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Names of occasions a date right before dates, not the trigger ("the 2020 Olympics", "the 2026 World Cup").</summary>
    public IReadOnlySet<string> OccasionNouns { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Nouns an event noun right before them only modifies ("treaty ally", "sanctions regime"): no event.</summary>
    public IReadOnlySet<string> CompoundHeads { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Nouns that count occurrences: "a round of talks" is those talks, not a kind of action.</summary>
    public IReadOnlySet<string> PartitiveNouns { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Words that, with "of" before a time, make it another event's date ("on the anniversary of the 2030 uprising").</summary>
    public IReadOnlySet<string> AnniversaryWords { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Words that open a non-restrictive relative clause after a comma ("Rufus, who had criticized Sylvania in 2030,
    /// met ..."): the clause is an insertion, and the words after its closing comma go on with the clause it interrupted.
    /// </summary>
    public IReadOnlySet<string> InsertionOpeners { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Adverbs of sequence that may follow "and" inside a list of actors ("Fredville and then Sylvaton").</summary>
    public IReadOnlySet<string> ListAdverbs { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Stems of a visit's words: a joint act on one of them toward a list visits each listed party in turn ("stopped in Fredville and Sylvaton").</summary>
    public IReadOnlySet<string> TourWords { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Counting words that end a bare pair or group phrase ("the three", "both"): as an object, only when no noun follows.</summary>
    public IReadOnlySet<string> CountWords { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Event types whose object may name the period that dates them ("conscripted for wartime labour").</summary>
    public IReadOnlySet<EventType> PeriodObjectTypes { get; init; } = new HashSet<EventType>();

    /// <summary>Prepositions that open a frame whose event the clause after it carries out ("under the 2030 accord, Freedonia paid").</summary>
    public IReadOnlySet<string> ContentPrepositions { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Pronouns that, as the subject of a joint action, refer to the last pair of actors ("when they agreed").</summary>
    public IReadOnlySet<string> PairPronouns { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Words after a participle that make "was disappointed with" a state of its subject, not an agentless passive.</summary>
    public IReadOnlySet<string> StativeAfter { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Prepositions that make an international body after a complaint its forum ("with the WTO"), not its target.</summary>
    public IReadOnlySet<string> VenuePrepositions { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Role words that name an actor of the article's main country without naming the country ("the court", "protesters").</summary>
    public IReadOnlyList<(string[] Words, Strait.Core.Actors.ActorRole Role)> StandaloneRoles { get; init; } = [];

    /// <summary>Role words that name an actor only with a place right after them ("officials in Sylvaton", "the foreign ministry in Fredville").</summary>
    public IReadOnlyList<(string[] Words, Strait.Core.Actors.ActorRole Role)> PlacedRoles { get; init; } = [];

    /// <summary><see cref="StandaloneRoles"/> and <see cref="PlacedRoles"/> indexed once (the same answer whichever thread builds it first).</summary>
    public StandaloneRoleWords StandaloneRoleWords => _standaloneRoleWords ??= new StandaloneRoleWords(StandaloneRoles, PlacedRoles);

    /// <summary>Roles whose one-sided acts with no target named aim at their own country's government ("the opposition criticized the plan").</summary>
    public IReadOnlySet<Strait.Core.Actors.ActorRole> HomeTargetRoles { get; init; } = new HashSet<Strait.Core.Actors.ActorRole>();

    /// <summary>Roles whose requests are orders ("the court told Acme to pay compensation"): their REQUEST is a SANCTION, as court orders against a party are.</summary>
    public IReadOnlySet<Strait.Core.Actors.ActorRole> OrderingRoles { get; init; } = new HashSet<Strait.Core.Actors.ActorRole>();

    /// <summary>Words after which a clause-break word is an adverb, not a break ("has since imposed").</summary>
    public IReadOnlySet<string> AdverbAfter { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Prepositions that make a country or capital after them the place of an act ("met near Fredville"), not a party to it.</summary>
    public IReadOnlySet<string> PlacePrepositions { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Words between a place preposition and a place ("in central Fredville").</summary>
    public IReadOnlySet<string> PlaceModifiers { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Nouns whose "of" makes the country or capital after it a place ("the streets of Fredville").</summary>
    public IReadOnlySet<string> PlaceNouns { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The event types whose international-body object after a venue preposition is a forum.</summary>
    public IReadOnlySet<Strait.Core.Events.EventType> VenueTypes { get; init; } = new HashSet<Strait.Core.Events.EventType>();

    /// <summary>Event types that, as the complement of "agree to", are the event themselves ("agreed to pay compensation").</summary>
    public IReadOnlySet<Strait.Core.Events.EventType> AgreedConcessions { get; init; } = new HashSet<Strait.Core.Events.EventType>();

    /// <summary>How many body paragraphs open a dated report: their undated past events are its news of the day (<see cref="NewsDay"/>).</summary>
    public int NewsPegParagraphs { get; init; }

    /// <summary>Marks that end a body paragraph; a line ending otherwise is a headline or byline.</summary>
    public IReadOnlyList<string> ParagraphEnds { get; init; } = [];

    public CueList Cue(string name) => Cues.TryGetValue(name, out var list) ? list : CueList.Empty(name);
}
