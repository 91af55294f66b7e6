using System.Collections.Frozen;

namespace Strait.Text.Coding;

/// <summary>
/// Words or phrases that change how a trigger is read (planned, opinion, hypothetical...), looked for in the
/// <see cref="Window"/> tokens before the trigger within its clause (or after it, for <see cref="After"/>).
/// </summary>
public sealed record CueList(string Name, IReadOnlyList<Phrase> Cues, int Window, int After)
{
    private readonly FrozenDictionary<string, List<Phrase>> _byAnchor = Index(Cues);

    /// <summary>Phrases grouped by the stems that can start them, so a token is checked only against its own.</summary>
    public static FrozenDictionary<string, List<Phrase>> Index(IEnumerable<Phrase> phrases)
    {
        var index = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            foreach (var anchor in phrase.Anchors)
            {
                if (!index.TryGetValue(anchor, out var list))
                {
                    index[anchor] = list = [];
                }

                list.Add(phrase);
            }
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Cues that count only where they open their clause, or follow a comma ("were war to break out": an inverted conditional).</summary>
    public bool ClauseInitial { get; init; }

    /// <summary>
    /// Words that end a cue's reach when they stand between it and the trigger: "Sylvania's plan to join the pact was
    /// applauded": the "was" of the trigger's own clause is past, whatever its subject planned.
    /// </summary>
    public IReadOnlySet<string> BlockedBy { get; init; } = FrozenSet<string>.Empty;

    public static CueList Empty(string name) => new(name, [], 0, 0);

    /// <summary>True when a cue starts in the window before <paramref name="trigger"/> (or just after the trigger's end).</summary>
    public bool Applies(SentenceView view, int trigger, int triggerEnd)
    {
        if (Cues.Count == 0)
        {
            return false;
        }

        var clauseStart = view.ClauseStart(trigger);
        var from = Math.Max(clauseStart, trigger - Window);
        var clauseEnd = view.ClauseEnd(trigger);
        for (var i = from; i < trigger; i++)
        {
            if (AnyAt(view, i, clauseEnd) && !view.AnyWordIn(BlockedBy, i + 1, trigger) && !InClosedRelativeClause(view, i, trigger))
            {
                return true;
            }
        }

        for (var i = triggerEnd; i < Math.Min(clauseEnd, triggerEnd + After); i++)
        {
            if (AnyAt(view, i, clauseEnd))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Sylvania, which says the radar can see into its territory, summoned the envoys": a cue inside a relative clause
    /// set off by commas, which closes before the trigger, belongs to that clause, not to the trigger.
    /// </summary>
    private static bool InClosedRelativeClause(SentenceView view, int cue, int trigger)
    {
        var open = cue - 1;
        while (open >= 0 && view.Tokens[open].Lower != ",")
        {
            open--;
        }

        if (open < 0 || open + 1 >= cue || view.Tokens[open + 1].Lower is not ("which" or "who" or "whose"))
        {
            return false;
        }

        for (var k = cue + 1; k < trigger; k++)
        {
            if (view.Tokens[k].Lower == ",")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a cue lies wholly in the window before <paramref name="trigger"/> within its clause ("said it would" before "file").</summary>
    public bool AppliesBefore(SentenceView view, int trigger)
    {
        var from = Math.Max(view.ClauseStart(trigger), trigger - Window);
        for (var i = from; i < trigger; i++)
        {
            if (AnyAt(view, i, trigger))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a cue matches anywhere in the token range, except at a token whose stem is one of <paramref name="except"/>.</summary>
    public bool AnyIn(SentenceView view, int from, int to, IReadOnlySet<string>? except = null)
    {
        for (var i = from; i < to; i++)
        {
            if ((except is null || !except.Contains(view.Tokens[i].Stem)) && AnyAt(view, i, to))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a cue starts at the token; never inside a time expression ("in May 2031" is no "may"); a <see cref="ClauseInitial"/> cue only at its clause's start or after a comma.</summary>
    public bool AnyAt(SentenceView view, int position, int limit)
    {
        if (!_byAnchor.TryGetValue(view.Tokens[position].Stem, out var cues) || view.InTime(position))
        {
            return false;
        }

        if (ClauseInitial && position > view.ClauseStart(position) && view.Tokens[position - 1].Lower != ",")
        {
            // "Koreans were mobilised to work", "were expected to meet": not an inversion.
            return false;
        }

        foreach (var cue in cues)
        {
            if (PhraseMatcher.MatchesAt(cue, view, position, limit))
            {
                return true;
            }
        }

        return false;
    }
}
