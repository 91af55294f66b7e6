namespace Strait.Sim.Model;

/// <summary>
/// The whole state of one run in one month, kept as one flat struct so that a step copies and allocates
/// nothing. The agents own their parts of it (the governments their moves, the publics their views and
/// grievance, the drivers the US, North Korean and Chinese variables); mechanisms read and change it.
/// Scales: <see cref="Relations"/> in model units from −100 (rupture) to +100 (alliance-like), mapped onto
/// the measured index by the calibrated <see cref="IndexMapping"/>; views and approval in percent;
/// salience, commitment, pressure, threat, coercion, interdependence and tariffs as fractions 0..1.
/// </summary>
public struct SimState
{
    /// <summary>Months since the start of the run.</summary>
    public int Month;

    public double Relations;

    /// <summary>Korea: share of Koreans favourable to Japan; Japan: share of Japanese who feel affinity to Korea (%).</summary>
    public Pair View;

    /// <summary>Approval of the Korean president and of the Japanese prime minister (%).</summary>
    public Pair Approval;

    /// <summary>Salience of historical grievances on each side (0..1).</summary>
    public Pair Grievance;

    /// <summary>Each government's move this month, −1 (hostile) to +1 (cooperative).</summary>
    public Pair Move;

    /// <summary>Each government's move last month (what the other answers).</summary>
    public Pair LastMove;

    /// <summary>Trade measures in force by each side (export controls, whitelist removal, boycott), 0..1.</summary>
    public Pair TradeMeasures;

    public double UsCommitment;
    public double UsPressure;
    public double UsTariffs;
    public double NorthKoreanThreat;
    public double ChineseCoercion;
    public double Interdependence;

    /// <summary>1 while a history agreement (like the 2015 comfort-women deal) is in force.</summary>
    public double DealInForce;

    /// <summary>1 while the intelligence-sharing pact (GSOMIA) is in force.</summary>
    public double PactInForce;

    /// <summary>Which Korean camp signed the agreement in force (0 conservative, 1 progressive).</summary>
    public double DealCamp;

    // What happened this month (reset at the start of each step).
    public bool SummitThisMonth;
    public Pair NationalistMoveThisMonth;

    // What has happened since the start of the run (for outcome probabilities).
    public bool EverBelowCrisis;
    public bool EverSummit;
    public bool PactEnded;
    public bool DealRevoked;
    public bool EverTradeMeasures;
}
