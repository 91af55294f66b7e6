using Strait.Core;
using Strait.Core.Knowledge;
using Strait.Text;
using Strait.Text.Coding;

namespace Strait.Cli.Ingestion;

/// <summary>
/// The analyzer <c>strait ingest</c> uses: Strait's whole text pipeline (sentences, publication date, times,
/// actors, then event coding and indicators), loaded from the data folder.
/// </summary>
public static class DocumentAnalyzers
{
    public static Outcome<IDocumentAnalyzer> Load()
    {
        var data = DataDirectory.Locate();
        return data.Success ? Load(data.Value) : Outcome<IDocumentAnalyzer>.Fail(data.Error!);
    }

    public static Outcome<IDocumentAnalyzer> Load(string dataDirectory)
    {
        var coding = CodingComponents.Load(dataDirectory);
        if (!coding.Success)
        {
            return Outcome<IDocumentAnalyzer>.Fail(coding.Error!);
        }

        var pipeline = StraitPipeline.Load(dataDirectory, coding.Value);
        return pipeline.Success
            ? Outcome<IDocumentAnalyzer>.Ok(new PipelineAnalyzer(pipeline.Value))
            : Outcome<IDocumentAnalyzer>.Fail(pipeline.Error!);
    }
}
