using System.Text.RegularExpressions;
using Strait.Text.Coding;

namespace Strait.Text.Tests.Coding;

/// <summary>Coding knowledge for made-up text: a test's own pattern list with the real cue and issue files, whose main countries are the made-up ones.</summary>
internal static class MadeUpCoding
{
    public static CodingKnowledge Knowledge(string patterns)
    {
        var data = TestData.DataDirectory();
        var cues = Regex.Replace(File.ReadAllText(Path.Combine(data, CodingKnowledgeLoader.CuesFile)), @"(?m)^main_countries:.*$", "main_countries: [FRE, SYL, OST]");
        return CodingKnowledgeLoader.FromText(patterns, cues, File.ReadAllText(Path.Combine(data, CodingKnowledgeLoader.IssuesFile))).Value;
    }
}
