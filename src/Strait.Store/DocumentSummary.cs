using Strait.Core.Documents;
using Strait.Core.Time;

namespace Strait.Store;

/// <summary>A stored document without its text: what <c>strait docs</c> lists.</summary>
public sealed record DocumentSummary(
    string Id,
    string? Title,
    string Source,
    PartialDate? Published,
    PublishedBasis PublishedBasis,
    int Characters,
    int Events);
