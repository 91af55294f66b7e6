using Strait.Sim.Model;
using Strait.Sim.Parameters;

namespace Strait.Sim.Mechanisms;

/// <summary>
/// Mechanism 9, reciprocity: each government answers the other's last move (tit for tat, <c>answer</c>) and
/// keeps some of its own course (<c>persistence</c>). Keeping <c>answer + persistence</c> below one keeps
/// spirals finite.
/// </summary>
public sealed class Reciprocity(ParameterReader p)
{
    private readonly double _answer = p["reciprocity.answer"];
    private readonly double _persistence = p["reciprocity.persistence"];

    public double Answer(in SimState s, Side side) => (_answer * s.LastMove[side.Other()]) + (_persistence * s.LastMove[side]);
}
