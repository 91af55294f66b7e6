using Strait.Core.Documents;
using Strait.Core.Knowledge;
namespace Strait.Text.Tests.Segmentation;
public sealed class ZzDumpTest
{
    [Fact]
    public void Dump()
    {
        var pipeline = StraitPipeline.Load(DataDirectory.Locate().Value).Value;
        using var w = new StreamWriter("/tmp/strait_dump.txt");
        var docs = new List<Document>();
        foreach (var f in Directory.GetFiles(Path.Combine(TestText.SharedFolder(), "seeds")).Order())
        {
            var text = File.ReadAllText(f);
            Core.Time.PartialDate? pub = null;
            if (text.StartsWith(" date ")) { pub = Core.Time.PartialDate.ParseExact(text.Substring(6, 10)); text = text[17..]; }
            var d = Document.Create(null, f, pub, pub is null ? PublishedBasis.Unknown : PublishedBasis.Header, text);
            docs.Add(d);
            var r = pipeline.Run(d).Value;
            w.WriteLine($"=== {Path.GetFileName(f)} pub={r.Published} {r.PublishedBasis} notes={string.Join(" | ", r.Notes)}");
            var inf = (Strait.Text.Dating.PublicationDateInference)pipeline.Components[3];
            var dd = new Strait.Text.Pipeline.TextDocument(d); foreach (var c in pipeline.Components.Take(3)) c.Process(dd);
            foreach (var c in inf.Clues(dd)) w.WriteLine($"C: {c.Span.Of(text)} {c.Reference} {string.Join(",", c.Ranges)} {string.Join(",", c.Events.Select(e => e.Summary))}");
            foreach (var s in r.Sentences) w.WriteLine("S: " + s.Of(text));
            foreach (var t in r.Times) w.WriteLine($"T: {t.Span.Of(text)} -> {t.When} [{t.Span.Label}]");
            foreach (var a in r.Actors) w.WriteLine($"A: {a.Span.Of(text)} -> {a.Actor} {a.Kind} {a.Name}");
        }
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var n = 0;
        while (sw.ElapsedMilliseconds < 3000) { foreach (var d in docs) { pipeline.Run(d); n++; } }
        foreach (var c in pipeline.Components) { var sw2 = System.Diagnostics.Stopwatch.StartNew(); for (var k = 0; k < 20; k++) foreach (var d in docs) { var td = new Strait.Text.Pipeline.TextDocument(d); foreach (var c2 in pipeline.Components) { if (c2 == c) break; c2.Process(td);} var t0 = sw2.Elapsed; c.Process(td); } w.WriteLine($"COMP {c.Name} {sw2.ElapsedMilliseconds}"); }
        w.WriteLine($"RATE {n / sw.Elapsed.TotalSeconds:F0} articles/s");
        sw.Restart(); n = 0;
        while (sw.ElapsedMilliseconds < 3000) { foreach (var d in docs) { pipeline.Run(d); n++; } }
        w.WriteLine($"RATE2 {n / sw.Elapsed.TotalSeconds:F0} articles/s {docs.Sum(d => d.Text.Length) / docs.Count} chars avg");
    }
}
