using Strait.Core.Events;
using Strait.Core.Time;

namespace Strait.Store;

/// <summary>
/// What the text pipeline found in one document. Evidence without a document id is taken to come from the
/// analysed document. <see cref="InferredPublished"/> is a publication date the pipeline worked out from the
/// text; it is stored (with basis inferred) only for a document whose date was unknown or inferred before.
/// </summary>
public sealed record DocumentAnalysis(
    IReadOnlyList<CodedEvent> Events,
    IReadOnlyList<Indicator> Indicators,
    PartialDate? InferredPublished = null)
{
    public static DocumentAnalysis Empty { get; } = new([], []);
}
