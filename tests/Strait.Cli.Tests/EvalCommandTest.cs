using System.Text.Json;

namespace Strait.Cli.Tests;

/// <summary>
/// <c>strait eval</c> on a made-up article and gold line written to a temporary folder: the JSON keeps the keys
/// other tools read and adds <c>diagnosis</c>; the table says why each event was missed.
/// </summary>
public sealed class EvalCommandTest : IDisposable
{
    private const string Article =
        " date 2031-03-12 Japanese Prime Minister Taro Sato met South Korean President Kim Min-ho in Tokyo on Tuesday.\n\n" +
        "The weather in the capital stayed mild all week.\n\n" +
        "Seoul later accused Tokyo of delaying the promised fisheries talks.\n";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "strait-eval-" + Guid.NewGuid().ToString("N"));

    public EvalCommandTest()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "made-up.txt"), Article);
        var events = new[]
        {
            new { when = "2031-03-11", status = "occurred", source = "JPNGOV", target = "KORGOV", type = "CONSULT", issue = "diplomacy",
                evidence = "Japanese Prime Minister Taro Sato met South Korean President Kim Min-ho in Tokyo on Tuesday" },
            new { when = "2031-03", status = "occurred", source = "KORGOV", target = "JPNGOV", type = "ACCUSE", issue = "economy",
                evidence = "Seoul later accused Tokyo of delaying the promised fisheries talks" },
            new { when = "2031-03", status = "occurred", source = "JPNGOV", target = "KORGOV", type = "AID", issue = "society",
                evidence = "The weather in the capital stayed mild all week" },
        };
        File.WriteAllText(GoldFile, JsonSerializer.Serialize(new { doc = "made-up.txt", published = "2031-03-12", published_basis = "header", events }) + "\n");
    }

    private string GoldFile => Path.Combine(_folder, "gold.jsonl");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Json_keeps_its_keys_and_adds_the_diagnosis_counts()
    {
        var run = CliRun.Of("eval", "--gold", GoldFile, "--docs", _folder, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(["documents", "published", "events", "events_lenient", "events_strict", "indicators", "diagnosis"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, root.GetProperty("documents").GetInt32());
        Assert.Equal(["correct", "total", "accuracy"], root.GetProperty("published").EnumerateObject().Select(p => p.Name));
        foreach (var score in new[] { "events", "events_lenient", "events_strict", "indicators" })
        {
            Assert.Equal(["gold", "extracted", "matched", "precision", "recall", "f1"], root.GetProperty(score).EnumerateObject().Select(p => p.Name));
        }

        var events = root.GetProperty("events");
        var diagnosis = root.GetProperty("diagnosis");
        var missed = diagnosis.GetProperty("missed");
        var falseEvents = diagnosis.GetProperty("false");
        Assert.Equal(events.GetProperty("gold").GetInt32() - events.GetProperty("matched").GetInt32(), missed.GetProperty("total").GetInt32());
        Assert.Equal(events.GetProperty("extracted").GetInt32() - events.GetProperty("matched").GetInt32(), falseEvents.GetProperty("total").GetInt32());
        Assert.Equal(missed.GetProperty("total").GetInt32(), missed.EnumerateObject().Where(p => p.Name != "total").Sum(p => p.Value.GetInt32()));
        Assert.Equal(falseEvents.GetProperty("total").GetInt32(), falseEvents.EnumerateObject().Where(p => p.Name != "total").Sum(p => p.Value.GetInt32()));
        foreach (var key in new[] { "nothing_coded", "when", "type", "actors", "when_type", "when_actors", "type_actors", "when_type_actors" })
        {
            Assert.True(missed.TryGetProperty(key, out _), $"diagnosis.missed.{key} is missing");
        }

        Assert.True(missed.GetProperty("nothing_coded").GetInt32() >= 1, "the gold event on the weather sentence has nothing coded at it");
        Assert.Equal(["too_coarse", "other_date", "no_date"], diagnosis.GetProperty("missed_when").EnumerateObject().Select(p => p.Name));
        var nothing = diagnosis.GetProperty("missed_nothing_coded");
        Assert.Equal(missed.GetProperty("nothing_coded").GetInt32(), nothing.EnumerateObject().Sum(p => p.Value.GetInt32()));
        Assert.True(nothing.GetProperty("no_trigger").GetInt32() >= 1, "no trigger phrase matches the weather sentence");
        Assert.Equal(["total", "near_miss", "no_gold_here", "extra_at_gold_span", "span_unknown"], falseEvents.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void The_table_counts_the_diagnoses_and_says_why_each_event_was_missed()
    {
        var run = CliRun.Of("eval", "--gold", GoldFile, "--docs", _folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("why events were missed or false", run.Console, StringComparison.Ordinal);
        Assert.Contains("nothing coded at the span", run.Console, StringComparison.Ordinal);
        Assert.Contains("of those with nothing coded", run.Console, StringComparison.Ordinal);
        Assert.Contains("why: nothing coded at this span: no trigger phrase of the pattern file matches here The weather in the capital stayed mild all week",
            string.Join(' ', run.Console.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        var summary = run.Console.IndexOf("why events were missed or false", StringComparison.Ordinal);
        var firstMiss = run.Console.IndexOf("miss  made-up.txt", StringComparison.Ordinal);
        Assert.True(summary < firstMiss, "the summary comes after the per-document table and before the list of misses");
    }

    [Fact]
    public void Gold_publication_dates_replace_the_articles_own_when_asked()
    {
        // The same article misdated by its header: Tuesday then resolves to the wrong day unless the gold date is given.
        File.WriteAllText(Path.Combine(_folder, "made-up.txt"), Article.Replace("date 2031-03-12", "date 2031-03-26", StringComparison.Ordinal));

        static JsonElement Published(CliRun run) => JsonDocument.Parse(run.Out).RootElement.GetProperty("published");
        var own = CliRun.Of("eval", "--gold", GoldFile, "--docs", _folder, "--json");
        var given = CliRun.Of("eval", "--gold", GoldFile, "--docs", _folder, "--json", "--gold-published");

        Assert.Equal(0, Published(own).GetProperty("correct").GetInt32());
        Assert.Equal(1, Published(given).GetProperty("correct").GetInt32());
        static int Matched(CliRun run) => JsonDocument.Parse(run.Out).RootElement.GetProperty("events").GetProperty("matched").GetInt32();
        Assert.True(Matched(given) > Matched(own), $"matched {Matched(given)} with the gold dates, {Matched(own)} without");
    }

    [Fact]
    public void Without_date_lines_the_publication_date_must_be_inferred()
    {
        // The made-up article names no one and nothing the knowledge files date, so without its date line it stays undated
        // and its Tuesday unresolved.
        static JsonElement Root(CliRun run) => JsonDocument.Parse(run.Out).RootElement;
        var own = CliRun.Of("eval", "--gold", GoldFile, "--docs", _folder, "--json");
        var stripped = CliRun.Of("eval", "--gold", GoldFile, "--docs", _folder, "--json", "--without-date-lines");
        var both = CliRun.Of("eval", "--gold", GoldFile, "--docs", _folder, "--json", "--without-date-lines", "--gold-published");

        Assert.Equal(1, Root(own).GetProperty("published").GetProperty("correct").GetInt32());
        Assert.Equal(0, Root(stripped).GetProperty("published").GetProperty("correct").GetInt32());
        Assert.True(Root(stripped).GetProperty("events").GetProperty("matched").GetInt32() < Root(own).GetProperty("events").GetProperty("matched").GetInt32());
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("contradict", both.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_confidence_cut_scores_only_the_events_at_or_above_it()
    {
        static int Extracted(CliRun run) => JsonDocument.Parse(run.Out).RootElement.GetProperty("events").GetProperty("extracted").GetInt32();
        var all = CliRun.Of("eval", "--gold", GoldFile, "--docs", _folder, "--json");
        var none = CliRun.Of("eval", "--gold", GoldFile, "--docs", _folder, "--json", "--min-confidence", "1");
        var wrong = CliRun.Of("eval", "--gold", GoldFile, "--docs", _folder, "--json", "--min-confidence", "1.5");

        Assert.True(Extracted(all) >= 2, $"{Extracted(all)} events without a cut");
        Assert.Equal(0, Extracted(none));
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("--min-confidence 1.5", wrong.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_gold_file_is_a_clear_error()
    {
        var run = CliRun.Of("eval", "--gold", Path.Combine(_folder, "none.jsonl"), "--docs", _folder, "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }
}
