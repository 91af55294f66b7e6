namespace Strait.Sim.Model;

/// <summary>The two governments and publics of the relationship.</summary>
public enum Side
{
    Korea,
    Japan,
}

/// <summary>A value held once for each side (approval, grievance salience, last move).</summary>
public struct Pair
{
    public double Korea;
    public double Japan;

    public Pair(double korea, double japan)
    {
        Korea = korea;
        Japan = japan;
    }

    public readonly double this[Side side] => side == Side.Korea ? Korea : Japan;

    public void Set(Side side, double value)
    {
        if (side == Side.Korea)
        {
            Korea = value;
        }
        else
        {
            Japan = value;
        }
    }

    public void Add(Side side, double delta) => Set(side, this[side] + delta);

    public override readonly string ToString() => $"KOR {Korea:0.###}, JPN {Japan:0.###}";
}

public static class SideExtensions
{
    public static Side Other(this Side side) => side == Side.Korea ? Side.Japan : Side.Korea;
}
