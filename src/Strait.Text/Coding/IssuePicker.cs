using Strait.Core.Actors;
using Strait.Core.Events;

namespace Strait.Text.Coding;

/// <summary>
/// Picks an event's issue (issues.yaml): the keyword of a topic (any issue but diplomacy) nearest the trigger in its
/// clause; else the pattern's hint; else the issue of a party (<c>actor_issues</c>: North Korea); else, for a meeting or
/// visit (<c>clause_only_types</c>), diplomacy; else the topic its sentence, then its paragraph, names most; else diplomacy. Diplomacy keywords ("ambassador", "summit") say how
/// an act was done more often than what it was about, so a topic around them wins over them.
/// </summary>
public sealed class IssuePicker
{
    private readonly CodingKnowledge _knowledge;
    private readonly Dictionary<int, Dictionary<Issue, int>> _byParagraph = [];

    public IssuePicker(CodingKnowledge knowledge, IEnumerable<SentenceView> views)
    {
        _knowledge = knowledge;
        foreach (var view in views)
        {
            if (!_byParagraph.TryGetValue(view.Paragraph, out var counts))
            {
                _byParagraph[view.Paragraph] = counts = [];
            }

            foreach (var (issue, _) in Keywords(view, 0, view.Tokens.Count))
            {
                counts[issue] = counts.GetValueOrDefault(issue) + 1;
            }
        }
    }

    public Issue Pick(SentenceView view, int trigger, int triggerEnd, EventPattern pattern, ActorCode source, ActorCode target)
    {
        Issue? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (issue, at) in Keywords(view, view.ClauseStart(trigger), view.ClauseEnd(trigger)))
        {
            var distance = at >= trigger ? at - triggerEnd : trigger - at;
            if (issue != Issue.Diplomacy && distance < bestDistance)
            {
                best = issue;
                bestDistance = distance;
            }
        }

        if (best is { } found)
        {
            return found;
        }

        if (pattern.Issue is { } hint)
        {
            return hint;
        }

        foreach (var actor in new[] { source, target })
        {
            if (_knowledge.ActorIssues.TryGetValue(actor.CountryPart, out var issue))
            {
                return issue;
            }
        }

        if (_knowledge.ClauseOnlyIssueTypes.Contains(pattern.Type))
        {
            return Issue.Diplomacy;
        }

        var sentence = new Dictionary<Issue, int>();
        foreach (var (issue, _) in Keywords(view, 0, view.Tokens.Count))
        {
            sentence[issue] = sentence.GetValueOrDefault(issue) + 1;
        }

        return Topic(sentence) ?? Topic(_byParagraph.GetValueOrDefault(view.Paragraph)) ?? Issue.Diplomacy;
    }

    /// <summary>The issue other than diplomacy named most often, the first named winning ties; null when none is named.</summary>
    private static Issue? Topic(Dictionary<Issue, int>? counts)
    {
        Issue? best = null;
        foreach (var (issue, count) in counts ?? [])
        {
            if (issue != Issue.Diplomacy && (best is null || count > counts![best.Value]))
            {
                best = issue;
            }
        }

        return best;
    }

    private IEnumerable<(Issue Issue, int At)> Keywords(SentenceView view, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!_knowledge.IssueKeywordsByAnchor.TryGetValue(view.Tokens[i].Stem, out var keywords))
            {
                continue;
            }

            foreach (var keyword in keywords)
            {
                if (PhraseMatcher.MatchesAt(keyword.Phrase, view, i, to))
                {
                    yield return (keyword.Issue, i);
                }
            }
        }
    }
}
