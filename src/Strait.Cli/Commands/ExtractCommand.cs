using System.CommandLine;
using Spectre.Console;
using SpectreText = Spectre.Console.Text;
using Strait.Core;
using Strait.Core.Documents;
using Strait.Core.Events;
using Strait.Core.Knowledge;
using Strait.Ingest;
using Strait.Text;
using Strait.Text.Coding;
using Strait.Text.Evaluation;
using Strait.Text.Pipeline;

namespace Strait.Cli.Commands;

/// <summary><c>strait extract FILE [--json]</c>: the events and indicators of one article, each with its evidence.</summary>
public static class ExtractCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var file = new Argument<string>("file") { Description = "The article (.txt, .md, .html, .jsonl...)" };
        var json = new Option<bool>("--json") { Description = "Print one FORMAT.md JSON line per article, with offsets and confidence" };
        var command = new Command("extract", "Show the events and indicators Strait codes from one article, with their evidence");
        command.Arguments.Add(file);
        command.Options.Add(json);
        command.SetAction(parseResult =>
        {
            var pipeline = CodingPipeline.Load();
            if (!pipeline.Success)
            {
                context.Error.WriteLine(pipeline.Error);
                return 2;
            }

            var path = parseResult.GetValue(file)!;
            var exit = 0;
            foreach (var read in new ArticleReader().ReadFile(path))
            {
                if (!read.Success)
                {
                    context.Error.WriteLine(read.Error);
                    exit = 1;
                    continue;
                }

                var result = pipeline.Value.Run(read.Value);
                if (!result.Success)
                {
                    context.Error.WriteLine(result.Error);
                    exit = 1;
                    continue;
                }

                var annotation = ExtractionAnnotation.From(result.Value, Path.GetFileName(path));
                if (parseResult.GetValue(json))
                {
                    context.Out.WriteLine(AnnotationWriter.ToJsonLine(annotation, read.Value.Id));
                }
                else
                {
                    WriteTables(context, result.Value, annotation);
                }
            }

            return exit;
        });
        return command;
    }

    private static void WriteTables(CliContext context, TextDocument document, ArticleAnnotation annotation)
    {
        context.Console.MarkupLine($"[bold]{Markup.Escape(annotation.Doc)}[/]  published {Markup.Escape(annotation.Published?.ToString() ?? "unknown")} ({AnnotationWriter.BasisName(annotation.PublishedBasis)})");
        context.Console.MarkupLine($"{document.Sentences.Count} sentences, {document.Actors.Count} actor mentions, {document.Times.Count} time expressions");
        foreach (var note in document.Notes)
        {
            context.Console.MarkupLine($"[yellow]note:[/] {Markup.Escape(note)}");
        }

        var events = new Table().Border(TableBorder.Rounded).Title("events");
        foreach (var column in new[] { "when", "status", "type", "source", "target", "issue", "conf", "evidence (offsets)" })
        {
            events.AddColumn(column);
        }

        foreach (var e in document.Events)
        {
            var evidence = string.Join("\n", e.Evidence.Select(x => $"[{x.Start}–{x.End}] {x.Text}"));
            events.AddRow(new SpectreText(e.When?.ToString() ?? "?"), new SpectreText(EnumNames.Name(e.Status)), new SpectreText(e.Type.ToString()),
                new SpectreText(e.Source.ToString()), new SpectreText(e.Target.ToString()), new SpectreText(EnumNames.Name(e.Issue)),
                new SpectreText(e.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)), new SpectreText(evidence));
        }

        context.Console.Write(events);
        var indicators = new Table().Border(TableBorder.Rounded).Title("indicators");
        foreach (var column in new[] { "value", "unit", "population", "when", "by", "measure", "evidence (offsets)" })
        {
            indicators.AddColumn(column);
        }

        foreach (var i in document.Indicators)
        {
            indicators.AddRow(new SpectreText(i.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)), new SpectreText(i.Unit), new SpectreText(i.Population),
                new SpectreText(i.When?.ToString() ?? "?"), new SpectreText(i.By), new SpectreText(i.Measure), new SpectreText($"[{i.Evidence.Start}–{i.Evidence.End}] {i.Evidence.Text}"));
        }

        context.Console.Write(indicators);
        if (document.SetAside.Count == 0)
        {
            return;
        }

        // Trigger phrases found but not coded, with the step that set each aside: where to look when an event is missing.
        var setAside = new Table().Border(TableBorder.Rounded).Title("trigger phrases set aside");
        foreach (var column in new[] { "words (offsets)", "type", "why" })
        {
            setAside.AddColumn(column);
        }

        foreach (var t in document.SetAside)
        {
            setAside.AddRow(new SpectreText($"[{t.Start}–{t.End}] {t.Words}"), new SpectreText(t.Type.ToString()), new SpectreText(t.ReasonText));
        }

        context.Console.Write(setAside);
    }
}

/// <summary>The whole text pipeline with the coding stages appended, loaded from the data folder.</summary>
internal static class CodingPipeline
{
    public static Outcome<TextPipeline> Load()
    {
        var data = DataDirectory.Locate();
        return data.Success ? Load(data.Value) : Outcome<TextPipeline>.Fail(data.Error!);
    }

    public static Outcome<TextPipeline> Load(string dataDirectory)
    {
        var coding = CodingComponents.Load(dataDirectory);
        if (!coding.Success)
        {
            return Outcome<TextPipeline>.Fail(coding.Error!);
        }

        return StraitPipeline.Load(dataDirectory, coding.Value);
    }

    /// <summary>Reads one article file into its documents (failures are returned, not thrown).</summary>
    public static IEnumerable<Outcome<Document>> Read(string path) => new ArticleReader().ReadFile(path);
}
