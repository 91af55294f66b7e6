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
/// <c>strait eval --gold FILE --docs DIR [--json] [--gold-published | --without-date-lines] [--min-confidence C]</c>: runs the pipeline over the gold file's articles and
/// scores it with FORMAT.md's rules: per-article scores, a count of why events were missed or false, then
/// every miss and false event with its sentence and a one-line diagnosis (<see cref="ArticleDiagnosis"/>).
/// </summary>
public static class EvalCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var gold = new Option<string>("--gold") { Description = "The gold file (JSON Lines, FORMAT.md)", Required = true };
        var docs = new Option<string>("--docs") { Description = "The folder holding the gold file's articles", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with the overall scores" };
        var goldPublished = new Option<bool>("--gold-published")
        {
            Description = "Give each article the gold file's publication date before coding it, to separate errors of publication dating from errors of event coding",
        };
        var withoutDateLines = new Option<bool>("--without-date-lines")
        {
            Description = "Code each article as if its file had no date line, to measure how well publication dates are inferred and what the events lose to inference",
        };
        var minConfidence = new Option<double>("--min-confidence")
        {
            Description = "Score only the events the coder gives at least this confidence (0 to 1), to see what a stricter cut would gain or lose",
            DefaultValueFactory = _ => 0,
        };
        var command = new Command("eval", "Score the event coder against gold annotations");
        command.Options.Add(gold);
        command.Options.Add(docs);
        command.Options.Add(json);
        command.Options.Add(goldPublished);
        command.Options.Add(withoutDateLines);
        command.Options.Add(minConfidence);
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

            if (parseResult.GetValue(goldPublished) && parseResult.GetValue(withoutDateLines))
            {
                context.Error.WriteLine("--gold-published and --without-date-lines contradict each other: give one of them.");
                return 2;
            }

            var cut = parseResult.GetValue(minConfidence);
            if (cut is < 0 or > 1)
            {
                context.Error.WriteLine($"--min-confidence {cut.ToString(CultureInfo.InvariantCulture)}: give a confidence from 0 to 1.");
                return 2;
            }

            var folder = parseResult.GetValue(docs)!;
            var extracted = new List<ArticleAnnotation>();
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var article in goldArticles.Value)
            {
                var path = Path.Combine(folder, article.Doc);
                var document = CodingPipeline.Read(path).FirstOrDefault();
                if (document is null || !document.Success)
                {
                    context.Error.WriteLine(document?.Error?.ToString() ?? $"{path}: no article read");
                    continue;
                }

                var input = parseResult.GetValue(goldPublished) && article.Published is not null
                    ? document.Value with { Published = article.Published, PublishedBasis = Core.Documents.PublishedBasis.Header }
                    : parseResult.GetValue(withoutDateLines)
                        ? document.Value with { Published = null, PublishedBasis = Core.Documents.PublishedBasis.Unknown }
                        : document.Value;
                var result = pipeline.Value.Run(input);
                if (!result.Success)
                {
                    context.Error.WriteLine(result.Error);
                    continue;
                }

                var annotation = ExtractionAnnotation.From(result.Value, article.Doc);
                extracted.Add(annotation with { Events = annotation.Events.Where(e => (e.Confidence ?? 1) >= cut).ToList() });
                texts[article.Doc] = result.Value.Text;
            }

            var evaluation = CorpusEvaluation.Evaluate(goldArticles.Value, extracted);
            var diagnosis = CorpusDiagnosis.Diagnose(goldArticles.Value, extracted, texts);
            if (parseResult.GetValue(json))
            {
                context.Out.WriteLine(ToJson(evaluation, diagnosis));
            }
            else
            {
                WriteTable(context, evaluation, diagnosis, texts);
            }

            return 0;
        });
        return command;
    }

    /// <summary>
    /// The scores as one object; <c>diagnosis</c> counts the misses (<c>missed</c>, with the date problems
    /// among them in <c>missed_when</c> and why nothing was coded at a miss's span in <c>missed_nothing_coded</c>) and the
    /// false events (<c>false</c>) by their diagnosis.
    /// </summary>
    public static string ToJson(CorpusEvaluation evaluation, CorpusDiagnosis diagnosis)
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
            WriteDiagnosis(json, diagnosis.Summary);
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

    private static void WriteDiagnosis(Utf8JsonWriter json, DiagnosisSummary summary)
    {
        json.WriteStartObject("diagnosis");
        WriteCounts(json, "missed", DiagnosisCategories.Misses, summary.Missed, summary.MissedTotal);
        WriteCounts(json, "missed_when", DiagnosisCategories.When, summary.MissedWhen, null);
        WriteCounts(json, "missed_nothing_coded", DiagnosisCategories.NothingCodedWhy, summary.NothingCodedWhy, null);
        WriteCounts(json, "false", DiagnosisCategories.False, summary.False, summary.FalseTotal);
        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, IReadOnlyList<(string Key, string Label)> keys,
        IReadOnlyDictionary<string, int> counts, int? total)
    {
        json.WriteStartObject(name);
        if (total is { } all)
        {
            json.WriteNumber("total", all);
        }

        foreach (var key in keys.Select(k => k.Key).Concat(counts.Keys.Where(k => keys.All(x => x.Key != k)).Order(StringComparer.Ordinal)))
        {
            json.WriteNumber(key, counts.GetValueOrDefault(key));
        }

        json.WriteEndObject();
    }

    private static void WriteTable(CliContext context, CorpusEvaluation evaluation, CorpusDiagnosis diagnosis, IReadOnlyDictionary<string, string> texts)
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
        context.Console.Write(SummaryTable(diagnosis.Summary));

        foreach (var a in diagnosis.Articles)
        {
            foreach (var miss in a.Misses)
            {
                context.Console.MarkupLine($"[red]miss[/]  {Markup.Escape(a.Doc)}  {Markup.Escape(Describe(miss.Gold))}\n" +
                    $"      [bold]why:[/] {Markup.Escape(miss.Explain())}\n      {Markup.Escape(miss.Gold.Evidence)}");
            }

            // A near miss was shown with its miss above: each pair once.
            foreach (var wrong in a.False.Where(f => f.Kind != FalseKind.NearMiss))
            {
                context.Console.MarkupLine($"[yellow]false[/] {Markup.Escape(a.Doc)}  {Markup.Escape(Describe(wrong.Extracted))}\n" +
                    $"      [bold]why:[/] {Markup.Escape(wrong.Explain())}\n      {Markup.Escape(wrong.Extracted.Evidence)}");
                if (wrong.At is { } at && at.Start != wrong.Extracted.Start && texts.TryGetValue(a.Doc, out var text))
                {
                    // A merged event whose other statement is the one at the gold event.
                    context.Console.MarkupLine($"      [dim]also stated here:[/] {Markup.Escape(text[at.Start..at.End])}");
                }
            }
        }
    }

    /// <summary>How many misses and false events fell under each diagnosis, over all articles.</summary>
    private static Table SummaryTable(DiagnosisSummary summary)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("why events were missed or false");
        table.AddColumn("diagnosis");
        table.AddColumn(new TableColumn("count").RightAligned());
        void Rows(string heading, int? total, IReadOnlyList<(string Key, string Label)> keys, IReadOnlyDictionary<string, int> counts, string indent)
        {
            table.AddRow(new Markup($"[bold]{Markup.Escape(heading)}[/]"), new SpectreText(total?.ToString(CultureInfo.InvariantCulture) ?? ""));
            foreach (var (key, label) in keys)
            {
                table.AddRow(new SpectreText(indent + label), new SpectreText(counts.GetValueOrDefault(key).ToString(CultureInfo.InvariantCulture)));
            }
        }

        Rows("missed gold events", summary.MissedTotal, DiagnosisCategories.Misses, summary.Missed, "  ");
        Rows("  of those with a wrong when", null, DiagnosisCategories.When, summary.MissedWhen, "    ");
        Rows("  of those with nothing coded", null, DiagnosisCategories.NothingCodedWhy, summary.NothingCodedWhy, "    ");
        Rows("false events", summary.FalseTotal, DiagnosisCategories.False, summary.False, "  ");
        return table;
    }

    private static string Describe(AnnotatedEvent e) =>
        $"{e.When?.ToString() ?? "?"} {e.Type} {e.Source}→{e.Target} {e.Status.ToString().ToLowerInvariant()} {e.Issue.ToString().ToLowerInvariant()}";
}
