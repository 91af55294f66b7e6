namespace Strait.Text.Coding;

/// <summary>What a description as a subject stands for: a person named before, a state, or a body (an organisation or group) named before.</summary>
public enum DescriptionKind
{
    Person,
    State,
    Body,
}
