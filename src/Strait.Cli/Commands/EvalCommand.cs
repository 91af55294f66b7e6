using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;
using SpectreText = Spectre.Console.Text;
using Strait.Text.Evaluation;

namespace Strait.Cli.Commands;

/// <summary>
/// <c>strait eval --gold FILE --docs DIR [--json]</c>: runs the pipeline over the gold file's articles and
/// scores it with FORMAT.md's rules: per-article scores, then every miss and false event with its sentence.
/// </summary>
public static class EvalCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var gold = new Option<string>("--gold") { Description = "The gold file (JSON Lines, FORMAT.md)", Required = true };
        var docs = new Option<string>("--docs") { Description = "The folder holding the gold file's articles", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with the overall scores" };
        var command = new Command("eval", "Score the event coder against gold annotations");
        command.Options.Add(gold);
        command.Options.Add(docs);
        command.Options.Add(json);
        command.SetAction(parseResult =>
        {
            var goldArticles = AnnotationReader.ReadFile(parseResult.GetValue(gold)!);
            if (!goldArticles.Success)
            {
                context.Error.WriteLine(goldArticles.Error);
                return 2;
            }

            var pipeline = CodingPipeline.Load();
            if (!pipeline.Success)
            {
                context.Error.WriteLine(pipeline.Error);
                return 2;
            }

            var folder = parseResult.GetValue(docs)!;
            var extracted = new List<ArticleAnnotation>();
            foreach (var article in goldArticles.Value)
            {
                var path = Path.Combine(folder, article.Doc);
                var document = CodingPipeline.Read(path).FirstOrDefault();
                if (document is null || !document.Success)
                {
                    context.Error.WriteLine(document?.Error?.ToString() ?? $"{path}: no article read");
                    continue;
                }

                var result = pipeline.Value.Run(document.Value);
                if (!result.Success)
                {
                    context.Error.WriteLine(result.Error);
                    continue;
                }

                extracted.Add(ExtractionAnnotation.From(result.Value, article.Doc));
            }

            var evaluation = CorpusEvaluation.Evaluate(goldArticles.Value, extracted);
            if (parseResult.GetValue(json))
            {
                context.Out.WriteLine(ToJson(evaluation));
            }
            else
            {
                WriteTable(context, evaluation);
            }

            return 0;
        });
        return command;
    }

    public static string ToJson(CorpusEvaluation evaluation)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("documents", evaluation.Articles.Count);
            json.WriteStartObject("published");
            json.WriteNumber("correct", evaluation.Published.Correct);
            json.WriteNumber("total", evaluation.Published.Total);
            json.WriteNumber("accuracy", Math.Round(evaluation.Published.Accuracy, 4));
            json.WriteEndObject();
            WriteScore(json, "events", evaluation.Events);
            WriteScore(json, "events_lenient", evaluation.EventsLenient);
            WriteScore(json, "events_strict", evaluation.EventsStrict);
            WriteScore(json, "indicators", evaluation.Indicators);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteScore(Utf8JsonWriter json, string name, Score score)
    {
        json.WriteStartObject(name);
        json.WriteNumber("gold", score.Gold);
        json.WriteNumber("extracted", score.Extracted);
        json.WriteNumber("matched", score.Matched);
        json.WriteNumber("precision", Math.Round(score.Precision, 4));
        json.WriteNumber("recall", Math.Round(score.Recall, 4));
        json.WriteNumber("f1", Math.Round(score.F1, 4));
        json.WriteEndObject();
    }

    private static void WriteTable(CliContext context, CorpusEvaluation evaluation)
    {
        static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "doc", "published (gold / found)", "gold", "found", "matched", "F1", "lenient F1", "strict F1", "indicators" })
        {
            table.AddColumn(column);
        }

        foreach (var a in evaluation.Articles)
        {
            table.AddRow(new SpectreText(a.Doc), new SpectreText($"{a.GoldPublished?.ToString() ?? "null"} / {a.ExtractedPublished?.ToString() ?? "null"} {(a.PublishedCorrect ? "✓" : "✗")}"),
                new SpectreText(a.Events.Gold.ToString(CultureInfo.InvariantCulture)), new SpectreText(a.Events.Extracted.ToString(CultureInfo.InvariantCulture)),
                new SpectreText(a.Events.Matched.ToString(CultureInfo.InvariantCulture)), new SpectreText(F(a.Events.F1)), new SpectreText(F(a.EventsLenient.F1)),
                new SpectreText(F(a.EventsStrict.F1)), new SpectreText($"{a.Indicators.Matched}/{a.Indicators.Gold} ({a.Indicators.Extracted} found)"));
        }

        table.AddRow(new SpectreText("all"), new SpectreText($"{evaluation.Published.Correct}/{evaluation.Published.Total}"),
            new SpectreText(evaluation.Events.Gold.ToString(CultureInfo.InvariantCulture)), new SpectreText(evaluation.Events.Extracted.ToString(CultureInfo.InvariantCulture)),
            new SpectreText(evaluation.Events.Matched.ToString(CultureInfo.InvariantCulture)), new SpectreText(F(evaluation.Events.F1)),
            new SpectreText(F(evaluation.EventsLenient.F1)), new SpectreText(F(evaluation.EventsStrict.F1)),
            new SpectreText($"{evaluation.Indicators.Matched}/{evaluation.Indicators.Gold} ({evaluation.Indicators.Extracted} found)"));
        context.Console.Write(table);

        foreach (var a in evaluation.Articles)
        {
            foreach (var miss in a.Missed)
            {
                context.Console.MarkupLine($"[red]miss[/]  {Markup.Escape(a.Doc)}  {Markup.Escape(Describe(miss))}\n      {Markup.Escape(miss.Evidence)}");
            }

            foreach (var wrong in a.False)
            {
                context.Console.MarkupLine($"[yellow]false[/] {Markup.Escape(a.Doc)}  {Markup.Escape(Describe(wrong))}\n      {Markup.Escape(wrong.Evidence)}");
            }
        }
    }

    private static string Describe(AnnotatedEvent e) =>
        $"{e.When?.ToString() ?? "?"} {e.Type} {e.Source}→{e.Target} {e.Status.ToString().ToLowerInvariant()} {e.Issue.ToString().ToLowerInvariant()}";
}
