using System.Text.RegularExpressions;
using Strait.Core.Time;
using Strait.Text.Coding;
using Strait.Text.Pipeline;

namespace Strait.Text.Tests.Coding;

/// <summary>Coding knowledge for made-up text: a test's own pattern list with the real cue and issue files, whose main countries are the made-up ones.</summary>
internal static class MadeUpCoding
{
    public static CodingKnowledge Knowledge(string patterns) => Knowledge(patterns, disputedPlaces: null);

    /// <summary>As <see cref="Knowledge(string)"/>, with the cue file's <c>disputed_places</c> block replaced by <paramref name="disputedPlaces"/> when given.</summary>
    public static CodingKnowledge Knowledge(string patterns, string? disputedPlaces)
    {
        var data = TestData.DataDirectory();
        var cues = Regex.Replace(File.ReadAllText(Path.Combine(data, CodingKnowledgeLoader.CuesFile)), @"(?m)^main_countries:.*$", "main_countries: [FRE, SYL, OST]");
        if (disputedPlaces is not null)
        {
            cues = Regex.Replace(cues, @"(?ms)^disputed_places:.*?(?=^\S)", disputedPlaces + "\n");
        }

        return CodingKnowledgeLoader.FromText(patterns, cues, File.ReadAllText(Path.Combine(data, CodingKnowledgeLoader.IssuesFile))).Value;
    }

    /// <summary>
    /// Tags the text as one paragraph per line, its sentences ending at ". ", published 2031-06-15, codes it with
    /// <paramref name="knowledge"/> and gives "type source target" per event.
    /// </summary>
    public static List<string> Parties(CodingKnowledge knowledge, (string, string, MentionKind)[] actors, string text)
    {
        var document = MiniTagger.TagLines(text, PartialDate.Day(2031, 6, 15), actors);
        new EventCoder(knowledge).Process(document);
        return document.Events.Select(e => $"{e.Type} {e.Source} {e.Target}").ToList();
    }
}
