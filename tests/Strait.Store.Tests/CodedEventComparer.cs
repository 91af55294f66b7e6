using Strait.Core.Events;

namespace Strait.Store.Tests;

/// <summary>Compares coded events by value, evidence included (records compare lists by reference).</summary>
internal sealed class CodedEventComparer : IEqualityComparer<CodedEvent>
{
    public bool Equals(CodedEvent? x, CodedEvent? y) =>
        x is not null && y is not null
        && (x.Type, x.Status, x.Source, x.Target, x.When, x.Issue, x.Confidence) == (y.Type, y.Status, y.Source, y.Target, y.When, y.Issue, y.Confidence)
        && x.Evidence.SequenceEqual(y.Evidence);

    public int GetHashCode(CodedEvent obj) => HashCode.Combine(obj.Type, obj.Source, obj.Target, obj.When);
}
