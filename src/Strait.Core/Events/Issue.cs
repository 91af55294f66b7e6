namespace Strait.Core.Events;

/// <summary>The ten issues of FORMAT.md; names are written in lower case in files.</summary>
public enum Issue
{
    History,
    Territory,
    Trade,
    Security,
    NorthKorea,
    China,
    Economy,
    Diplomacy,
    Domestic,
    Society,
}
