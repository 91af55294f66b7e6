using Strait.Core.Actors;
using Strait.Core.Documents;
using Strait.Core.Events;
using Strait.Core.Time;
using Strait.Text.Coding;
using Strait.Text.Pipeline;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Strait.Text.Tests.Coding;

/// <summary>Runs the coder over the golden records of made-up sentences (records.yaml) with the real pattern files.</summary>
public sealed class EventCoderRecordsTest
{
    private static readonly Lazy<RecordsFile> Records = new(() =>
        new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties().Build()
            .Deserialize<RecordsFile>(File.ReadAllText(TestData.SourceFile("Coding", "records.yaml"))));

    private static readonly Lazy<CodingKnowledge> Knowledge = new(() => CodingKnowledgeLoader.Load(TestData.DataDirectory()).Value);

    public static TheoryData<string> Sentences()
    {
        var data = new TheoryData<string>();
        foreach (var record in Records.Value.Records)
        {
            data.Add(record.Text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void The_coder_yields_the_recorded_events(string sentence)
    {
        var record = Records.Value.Records.Single(r => r.Text == sentence);
        var document = Tag(sentence);
        new EventCoder(Knowledge.Value).Process(document);
        new EventDeduplicator().Process(document);
        var found = document.Events.Select(Describe).ToList();
        Assert.True(record.Events.SequenceEqual(found), $"expected [{string.Join("; ", record.Events)}], found [{string.Join("; ", found)}]; set aside: {string.Join("; ", document.SetAside.Select(a => $"{a.Reason} {a.Type} {a.Words}"))}");
    }

    private static string Describe(CodedEvent e) =>
        $"{e.When} {EnumNames.Name(e.Status)} {e.Type} {e.Source} {e.Target} {EnumNames.Name(e.Issue)}";

    private static TextDocument Tag(string sentence) =>
        MiniTagger.Tag(sentence, PartialDate.ParseExact(Records.Value.Published),
            Records.Value.Actors.Select(a => (a.Name, a.Code, Enum.Parse<MentionKind>(a.Kind, ignoreCase: true))).ToList());

    private sealed class RecordsFile
    {
        public string Published { get; set; } = "";

        public List<ActorEntry> Actors { get; set; } = [];

        public List<RecordEntry> Records { get; set; } = [];
    }

    private sealed class ActorEntry
    {
        public string Name { get; set; } = "";

        public string Code { get; set; } = "";

        public string Kind { get; set; } = "";
    }

    private sealed class RecordEntry
    {
        public string Text { get; set; } = "";

        public List<string> Events { get; set; } = [];
    }
}
