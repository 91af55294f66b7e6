using System.Text.Json;
using Strait.Core.Events;
using Strait.Text.Evaluation;
using Strait.Text.Pipeline;

namespace Strait.Text.Tests.Evaluation;

/// <summary>
/// A made-up article with its gold line and an extractor's line, written to a temporary folder and read back
/// as <c>eval</c> reads them. Extracted events get the offsets of their evidence in the article.
/// </summary>
internal sealed class DiagnosisFiles : IDisposable
{
    public const string Article =
        "The Ruritanian foreign ministry summoned the Freedonian ambassador on Tuesday. " +
        "Freedonia later rejected the protest note.\n" +
        "The weather in the capital stayed mild all week. Ruritania imposed tariffs on Freedonian steel and\n" +
        "Freedonia condemned the tariffs the same day. Envoys of both countries met in Geneva.";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "strait-diagnosis-" + Guid.NewGuid().ToString("N"));

    public DiagnosisFiles() => Directory.CreateDirectory(_folder);

    public string Text { get; private set; } = "";

    /// <summary>One gold event as a JSON object of FORMAT.md.</summary>
    public static string Gold(string when, string type, string source, string target, string evidence) =>
        JsonSerializer.Serialize(new { when, status = "occurred", source, target, type, issue = "trade", evidence });

    /// <summary>One extracted event, with the offsets of the first place its evidence occurs in <see cref="Article"/>.</summary>
    public static string Coded(string? when, string type, string source, string target, string evidence)
    {
        var start = Article.IndexOf(evidence, StringComparison.Ordinal);
        Assert.True(start >= 0, $"the made-up evidence '{evidence}' is not in the made-up article");
        return JsonSerializer.Serialize(new { when, status = "occurred", source, target, type, issue = "trade", evidence, start, end = start + evidence.Length });
    }

    /// <summary>Writes the article, the gold line and the extracted line, reads them back and diagnoses the article.</summary>
    public ArticleDiagnosis Diagnose(IEnumerable<string> gold, IEnumerable<string> coded) => Diagnose(gold, coded, out _);

    /// <summary>As <see cref="Diagnose(IEnumerable{string}, IEnumerable{string})"/>, the extraction also listing triggers the coder set aside.</summary>
    public ArticleDiagnosis Diagnose(IEnumerable<string> gold, IEnumerable<string> coded, IReadOnlyList<SetAsideTrigger> setAside)
    {
        var (goldArticle, codedArticle) = (Write("gold.jsonl", gold), Write("coded.jsonl", coded));
        return ArticleDiagnosis.Of(goldArticle, codedArticle with { SetAside = setAside }, Text);
    }

    /// <summary>A set-aside trigger over the first place <paramref name="words"/> occur in <see cref="Article"/>.</summary>
    public static SetAsideTrigger SetAsideAt(string words, EventType type, SetAsideReason reason)
    {
        var start = Article.IndexOf(words, StringComparison.Ordinal);
        Assert.True(start >= 0, $"the made-up trigger '{words}' is not in the made-up article");
        return new SetAsideTrigger(start, start + words.Length, words, type, reason);
    }

    public ArticleDiagnosis Diagnose(IEnumerable<string> gold, IEnumerable<string> coded, out ArticleEvaluation evaluation)
    {
        var (goldArticle, codedArticle) = (Write("gold.jsonl", gold), Write("coded.jsonl", coded));
        evaluation = ArticleScorer.Score(goldArticle, codedArticle);
        return ArticleDiagnosis.Of(goldArticle, codedArticle, Text);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private ArticleAnnotation Write(string name, IEnumerable<string> events)
    {
        var article = Path.Combine(_folder, "a.txt");
        File.WriteAllText(article, Article);
        Text = File.ReadAllText(article);
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, $"{{\"doc\": \"a.txt\", \"published\": \"2031-06-20\", \"events\": [{string.Join(", ", events)}]}}\n");
        var read = AnnotationReader.ReadFile(path);
        Assert.True(read.Success, read.Error?.ToString());
        return Assert.Single(read.Value);
    }
}
