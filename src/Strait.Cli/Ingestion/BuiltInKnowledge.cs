using Strait.Core;
using Strait.Core.Knowledge;
using Strait.Store;

namespace Strait.Cli.Ingestion;

/// <summary>
/// The built-in knowledge of the data folder as the store keeps it: the almanac's events (evidence: the
/// summary, with the reference as source) and the indicator series. Used by <c>load-knowledge</c> and <c>demo</c>.
/// </summary>
public static class BuiltInKnowledge
{
    /// <summary>Reads <c>almanac/almanac.csv</c> and <c>indicators/*.csv</c> of the data folder.</summary>
    public static Outcome<SourcedKnowledge> Read(string dataDirectory)
    {
        var almanac = AlmanacLoader.Load(Path.Combine(dataDirectory, "almanac", AlmanacLoader.FileName));
        if (!almanac.Success)
        {
            return Outcome<SourcedKnowledge>.Fail(almanac.Error!);
        }

        var series = IndicatorLoader.LoadDirectory(Path.Combine(dataDirectory, "indicators"));
        return series.Success
            ? Outcome<SourcedKnowledge>.Ok(SourcedKnowledge.Of(almanac.Value, series.Value))
            : Outcome<SourcedKnowledge>.Fail(series.Error!);
    }

    /// <summary>Reads the built-in knowledge from the located data folder and stores it, replacing what was stored before.</summary>
    public static Outcome<KnowledgeSaved> LoadInto(IStraitStore store)
    {
        var data = DataDirectory.Locate();
        if (!data.Success)
        {
            return Outcome<KnowledgeSaved>.Fail(data.Error!);
        }

        var knowledge = Read(data.Value);
        return knowledge.Success
            ? Outcome<KnowledgeSaved>.Ok(store.SaveKnowledge(knowledge.Value))
            : Outcome<KnowledgeSaved>.Fail(knowledge.Error!);
    }
}
