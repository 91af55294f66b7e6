using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Spectre.Console;
using Strait.Core.Documents;
using Strait.Core.Time;

namespace Strait.Cli.Commands;

/// <summary>
/// <c>strait bench [--json] [--corpus DIR] [--runs N]</c>: throughput of the whole text pipeline on one thread
/// (articles and MB of text per second, the median of N runs) and the process's peak memory. Without a corpus
/// it builds one of at least 2,000 articles from the seed articles (or samples/ when they are not found), each copy given a different date.
/// Loading the knowledge files is timed separately and not counted in the throughput. Untimed passes first let the
/// JIT settle; a run repeats the corpus until it lasts long enough to time; the per-stage times are the median of
/// up to three passes. Besides wall-clock time it reports articles per second of the process's CPU time, which
/// other programs on a busy machine disturb far less, and the share of the timed runs the process was paused for
/// garbage collection.
/// </summary>
public static class BenchCommand
{
    private const int GeneratedArticles = 2000;

    /// <summary>Untimed work before the runs, so that the measured code is the JIT's optimised code.</summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1);

    /// <summary>The shortest timed run: a small corpus is processed several times over.</summary>
    private static readonly TimeSpan ShortestRun = TimeSpan.FromSeconds(0.5);

    private const int StagePasses = 3;

    public static Command Create(CliContext context, CommonOptions options)
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var corpus = new Option<string?>("--corpus") { Description = "A folder of articles (default: 2,000 generated from ../shared/seeds, or from samples/ when the seeds are not found)" };
        var runs = new Option<int>("--runs") { Description = "Timed runs; the median is reported", DefaultValueFactory = _ => 5 };
        var model = new Option<bool>("--model") { Description = "Time the simulation instead: 10,000 runs of 120 months" };
        var command = new Command("bench", "Measure the text pipeline's throughput per core and its peak memory, or the simulation's speed");
        command.Options.Add(json);
        command.Options.Add(model);
        command.Options.Add(corpus);
        command.Options.Add(runs);
        command.SetAction(parseResult =>
        {
            if (parseResult.GetValue(model))
            {
                return ModelBench.Run(context, parseResult.GetValue(runs), parseResult.GetValue(json));
            }

            var loading = Stopwatch.StartNew();
            var pipeline = CodingPipeline.Load();
            loading.Stop();
            if (!pipeline.Success)
            {
                context.Error.WriteLine(pipeline.Error);
                return 2;
            }

            var documents = LoadCorpus(context, parseResult.GetValue(corpus));
            if (documents.Count == 0)
            {
                context.Error.WriteLine("STR201: no articles to measure. Give --corpus DIR, or run from inside the repository so ../shared/seeds is found.");
                return 2;
            }

            var megabytes = documents.Sum(d => (double)Encoding.UTF8.GetByteCount(d.Text)) / 1_000_000;
            var warmUp = Stopwatch.StartNew();
            do
            {
                Pass(pipeline.Value, documents);
            }
            while (warmUp.Elapsed < WarmUp);

            // Seconds per pass over the corpus, by the wall clock and by the process's CPU time.
            var seconds = new List<double>();
            var cpuSeconds = new List<double>();
            var pausedBefore = GC.GetTotalPauseDuration();
            var collectionsBefore = GC.CollectionCount(0);
            var timed = Stopwatch.StartNew();
            for (var run = 0; run < Math.Max(1, parseResult.GetValue(runs)); run++)
            {
                var passes = 0;
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                do
                {
                    Pass(pipeline.Value, documents);
                    passes++;
                }
                while (watch.Elapsed < ShortestRun);

                seconds.Add(watch.Elapsed.TotalSeconds / passes);
                cpuSeconds.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / passes);
            }

            var gcShare = (GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds / timed.Elapsed.TotalSeconds;
            var collections = GC.CollectionCount(0) - collectionsBefore;
            var stages = StageSeconds(pipeline.Value, documents, Math.Min(StagePasses, seconds.Count));
            var median = Strait.Core.Numbers.SampleStatistics.Median(seconds);
            var articlesPerSecond = documents.Count / median;
            var articlesPerCpuSecond = documents.Count / Strait.Core.Numbers.SampleStatistics.Median(cpuSeconds);
            var mbPerSecond = megabytes / median;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576.0;
            if (parseResult.GetValue(json))
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{{\"articles_per_second_per_core\": {articlesPerSecond:0.#}, \"mb_per_second_per_core\": {mbPerSecond:0.###}, \"peak_memory_mb\": {peak:0.#}, \"articles\": {documents.Count}, \"runs\": {seconds.Count}, \"load_seconds\": {loading.Elapsed.TotalSeconds:0.###}, \"articles_per_cpu_second\": {articlesPerCpuSecond:0.#}, \"gc_pause_share\": {gcShare:0.###}, \"gen0_collections\": {collections}}}"));
            }
            else
            {
                var table = new Table().Border(TableBorder.Rounded).AddColumn("measure").AddColumn("value");
                table.AddRow("articles", documents.Count.ToString(CultureInfo.InvariantCulture));
                table.AddRow("MB of text", megabytes.ToString("0.###", CultureInfo.InvariantCulture));
                table.AddRow("runs (median reported)", seconds.Count.ToString(CultureInfo.InvariantCulture));
                table.AddRow("articles / s / core", articlesPerSecond.ToString("0.#", CultureInfo.InvariantCulture));
                table.AddRow("articles / CPU second", articlesPerCpuSecond.ToString("0.#", CultureInfo.InvariantCulture));
                table.AddRow("MB / s / core", mbPerSecond.ToString("0.###", CultureInfo.InvariantCulture));
                table.AddRow("share of the timed runs paused for garbage collection", gcShare.ToString("0.###", CultureInfo.InvariantCulture));
                table.AddRow("peak memory (MB)", peak.ToString("0.#", CultureInfo.InvariantCulture));
                table.AddRow("loading knowledge (s, not timed)", loading.Elapsed.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture));
                foreach (var (stage, time) in stages)
                {
                    table.AddRow($"stage {stage} (ms / article, median of {Math.Min(StagePasses, seconds.Count)})", (time * 1000 / documents.Count).ToString("0.###", CultureInfo.InvariantCulture));
                }
                context.Console.Write(table);
            }

            return 0;
        });
        return command;
    }

    private static void Pass(Strait.Text.Pipeline.TextPipeline pipeline, List<Document> documents)
    {
        foreach (var document in documents)
        {
            pipeline.Run(document);
        }
    }

    /// <summary>More passes, timing each stage on its own, so a slow stage can be found: per stage, the median of the passes' totals.</summary>
    private static List<(string Stage, double Seconds)> StageSeconds(Strait.Text.Pipeline.TextPipeline pipeline, List<Document> documents, int passes)
    {
        var totals = new List<double>[pipeline.Components.Count];
        for (var c = 0; c < totals.Length; c++)
        {
            totals[c] = [];
        }

        for (var pass = 0; pass < passes; pass++)
        {
            var passTotals = new double[pipeline.Components.Count];
            foreach (var document in documents)
            {
                var annotated = new Strait.Text.Pipeline.TextDocument(document);
                for (var c = 0; c < pipeline.Components.Count; c++)
                {
                    var start = Stopwatch.GetTimestamp();
                    pipeline.Components[c].Process(annotated);
                    passTotals[c] += Stopwatch.GetElapsedTime(start).TotalSeconds;
                }
            }

            for (var c = 0; c < totals.Length; c++)
            {
                totals[c].Add(passTotals[c]);
            }
        }

        return pipeline.Components.Select((component, c) => (component.Name, Strait.Core.Numbers.SampleStatistics.Median(totals[c]))).ToList();
    }

    private static List<Document> LoadCorpus(CliContext context, string? folder)
    {
        if (folder is not null)
        {
            return Read(context, folder);
        }

        var seeds = FindSeeds();
        if (seeds is null)
        {
            return [];
        }

        var originals = Read(context, seeds);
        var documents = new List<Document>(GeneratedArticles + originals.Count);
        for (var copy = 0; documents.Count < GeneratedArticles && originals.Count > 0; copy++)
        {
            foreach (var original in originals)
            {
                // Each copy moves a dated article by whole weeks, so weekdays and relative dates still resolve.
                PartialDate? published = original.Published is { Precision: DatePrecision.Day } day
                    ? PartialDate.Day(day.Start.PlusDays(7 * copy))
                    : original.Published;
                documents.Add(Document.Create(original.Title, $"{original.Source}#{copy}", published, original.PublishedBasis, original.Text));
            }
        }

        return documents;
    }

    private static List<Document> Read(CliContext context, string folder)
    {
        var documents = new List<Document>();
        foreach (var read in new Ingest.ArticleReader().Read(folder))
        {
            if (read.Success)
            {
                documents.Add(read.Value);
            }
            else
            {
                context.Error.WriteLine(read.Error);
            }
        }

        return documents;
    }

    /// <summary>
    /// The articles a generated corpus is built from: the seed articles (../shared/seeds) when they are found
    /// above the current or the program's folder, else the repository's own samples/.
    /// </summary>
    private static string? FindSeeds()
    {
        foreach (var marker in new[] { Path.Combine("shared", "seeds"), "samples" })
        {
            foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
                {
                    var candidate = Path.Combine(folder.FullName, marker);
                    if (Directory.Exists(candidate) && (marker != "samples" || File.Exists(Path.Combine(folder.FullName, "Strait.sln"))))
                    {
                        return candidate;
                    }
                }
            }
        }

        return null;
    }
}
