using NodaTime;
using Strait.Sim.Mechanisms;
using Strait.Sim.Model;
using Strait.Sim.Randomness;

namespace Strait.Sim.Tests.Mechanisms;

public class NationalistMoveTest
{
    private static NationalistMove Make(double baseRate = 0.5) => new(TestModel.Reader(
        ("nationalist_move.base_rate", baseRate), ("nationalist_move.approval_threshold", 35), ("nationalist_move.approval_width", 5),
        ("nationalist_move.election_boost", 1), ("nationalist_move.size", 0.7), ("nationalist_move.approval_gain", 10),
        ("nationalist_move.provoked_grievance", 0.1), ("nationalist_move.grievance_pressure", 0.3), ("nationalist_move.grievance_reference", 0.4)));

    [Theory]
    [InlineData(20, 60)]
    [InlineData(30, 50)]
    public void LowApprovalTemptsMoreThanHighApproval(double low, double high)
    {
        var mechanism = Make();
        var unpopular = new SimState { Approval = new Pair(low, 50), Grievance = new Pair(0.6, 0.3) };
        var popular = new SimState { Approval = new Pair(high, 50), Grievance = new Pair(0.6, 0.3) };
        Assert.True(mechanism.Probability(unpopular, Side.Korea, 0) > 2 * mechanism.Probability(popular, Side.Korea, 0));
    }

    [Fact]
    public void WithoutGrievanceThereIsNoTemptation()
    {
        var state = new SimState { Approval = new Pair(10, 50), Grievance = new Pair(0, 0) };
        Assert.Equal(0, Make().Probability(state, Side.Korea, 1));
    }

    [Fact]
    public void AMoveRaisesApprovalByGainTimesGrievanceAndProvokesTheOtherSide()
    {
        // Base rate 50 makes the move certain at approval 0 (probability capped at 1).
        var mechanism = Make(baseRate: 50);
        var state = new SimState { Approval = new Pair(0, 50), Grievance = new Pair(0.6, 0.2) };
        var rng = new Xoshiro256(1);
        var inputs = TestModel.Inputs(new YearMonth(2020, 6), 2);
        var pressure = mechanism.Pressure(ref state, Side.Korea, inputs, 0, ref rng);
        Assert.Equal(-0.3 * (0.6 - 0.4) - 0.7, pressure, 9);
        Assert.Equal(6, state.Approval.Korea, 9);
        Assert.Equal(0.3, state.Grievance.Japan, 9);
        Assert.Equal(1, state.NationalistMoveThisMonth.Korea);
    }
}

public class CampAndPositionTest
{
    private static readonly CampAndPosition Camp = new(TestModel.Reader(
        ("camp.opposition_mobilisation", 0.1), ("camp.progressive_stance", -0.2), ("camp.conservative_stance", 0.1),
        ("camp.ldp_resistance", 0.3), ("camp.other_stance", 0.05), ("camp.honeymoon_approval", 60)));

    [Fact]
    public void ProgressivesMobiliseHistoryInOpposition()
    {
        var inputs = TestModel.Inputs(new YearMonth(2021, 1), 24);
        Assert.Equal(0.1, Camp.KoreanGrievanceShift(inputs, 0)); // 2021-01: conservative government
        Assert.Equal(0, Camp.KoreanGrievanceShift(inputs, 12)); // 2022-01: progressive government
    }

    [Fact]
    public void TheLdpResistsInProportionToKoreanGrievance()
    {
        var inputs = TestModel.Inputs(new YearMonth(2021, 1), 2);
        var state = new SimState { Grievance = new Pair(0.5, 0) };
        Assert.Equal(-0.15, Camp.Stance(state, Side.Japan, inputs, 0), 9);
        Assert.Equal(0.1, Camp.Stance(state, Side.Korea, inputs, 0), 9);
    }

    [Fact]
    public void ANewLeaderGetsAHoneymoon()
    {
        var inputs = TestModel.Inputs(new YearMonth(2021, 12), 3);
        var state = new SimState { Approval = new Pair(20, 30) };
        Camp.Apply(ref state, inputs, 1); // 2022-01: the progressive takes office
        Assert.Equal(60, state.Approval.Korea);
        Assert.Equal(30, state.Approval.Japan);
    }
}

public class AgreementRevocationTest
{
    private static readonly AgreementRevocation Revocation = new(TestModel.Reader(
        ("revocation.hazard", 0.5), ("revocation.window", 24), ("revocation.relations_cost", 8), ("revocation.japanese_grievance", 0.2)));

    [Fact]
    public void OnlyAGovernmentOfTheOtherCampRevokes()
    {
        var inputs = TestModel.Inputs(new YearMonth(2021, 6), 24);
        var signedByConservatives = new SimState { DealInForce = 1, DealCamp = 0, Grievance = new Pair(0.6, 0) };
        Assert.Equal(0, Revocation.Probability(signedByConservatives, inputs, 0)); // 2021-06: conservatives govern
        Assert.Equal(0.3, Revocation.Probability(signedByConservatives, inputs, 8), 9); // 2022-02: progressives
    }

    [Fact]
    public void RevocationCostsRelationsAndRaisesJapaneseGrievance()
    {
        var state = new SimState { DealInForce = 1, Relations = 10, Grievance = new Pair(0.5, 0.1) };
        AgreementRevocation.Revoke(ref state, 8, 0.2);
        Assert.Equal(0, state.DealInForce);
        Assert.True(state.DealRevoked);
        Assert.Equal(2, state.Relations, 9);
        Assert.Equal(0.3, state.Grievance.Japan, 9);
    }
}

public class EconomicInterdependenceTest
{
    private static EconomicInterdependence Make(double rate = 0) => new(TestModel.Reader(
        ("interdependence.damping", 0.5), ("interdependence.weaponise_threshold", -40), ("interdependence.weaponise_rate", rate),
        ("interdependence.impose_cost", 10), ("interdependence.drag", 1), ("interdependence.erosion", 0.01), ("interdependence.rally", 3),
        ("interdependence.lift_threshold", 0), ("interdependence.lift_rate", 0), ("interdependence.baseline", 0.6), ("interdependence.recovery", 0)));

    [Theory]
    [InlineData(-0.8, 1.0, -0.4)]
    [InlineData(-0.8, 0.0, -0.8)]
    [InlineData(0.6, 1.0, 0.6)]
    public void DampsOnlyHostileMoves(double move, double interdependence, double expected) =>
        Assert.Equal(expected, Make().Dampen(move, new SimState { Interdependence = interdependence }), 9);

    [Fact]
    public void MeasuresCostBothSidesAndRallyTheImposer()
    {
        var mechanism = Make(rate: 1);
        var state = new SimState { Relations = -50, Interdependence = 0.6, Approval = new Pair(40, 40) };
        var rng = new Xoshiro256(3);
        mechanism.Apply(ref state, ref rng);
        Assert.Equal(1, state.TradeMeasures.Korea);
        Assert.Equal(1, state.TradeMeasures.Japan);
        Assert.Equal(-50 - 20 - 2, state.Relations, 9);
        Assert.Equal(0.58, state.Interdependence, 9);
        Assert.Equal(43, state.Approval.Korea, 9);
        Assert.True(state.EverTradeMeasures);
    }
}

public class ExternalThreatCohesionTest
{
    private static readonly ExternalThreatCohesion Cohesion = new(TestModel.Reader(
        ("cohesion.north_korea", 0.5), ("cohesion.china", 0.4), ("cohesion.reference_threat", 0.4),
        ("cohesion.reference_coercion", 0.3), ("cohesion.progressive_discount", 0.5)));

    [Fact]
    public void ThreatAboveItsReferencePullsTogether()
    {
        var inputs = TestModel.Inputs(new YearMonth(2021, 1), 24);
        var state = new SimState { NorthKoreanThreat = 0.8, ChineseCoercion = 0.5 };
        Assert.Equal((0.5 * 0.4) + (0.4 * 0.2), Cohesion.Pull(state, Side.Korea, inputs, 0), 9);
        Assert.Equal((0.25 * 0.4) + (0.4 * 0.2), Cohesion.Pull(state, Side.Korea, inputs, 13), 9); // progressive discount
        Assert.True(Cohesion.Pull(new SimState { NorthKoreanThreat = 0.1, ChineseCoercion = 0.1 }, Side.Japan, inputs, 0) < 0);
    }
}

public class QuasiAllianceTest
{
    private static readonly QuasiAlliance Alliance = new(TestModel.Reader(
        ("quasi_alliance.hedging", 0.4), ("quasi_alliance.reference_commitment", 0.7), ("quasi_alliance.us_pressure", 0.6),
        ("quasi_alliance.pact_threshold", -40), ("quasi_alliance.pact_end_rate", 0.2), ("quasi_alliance.pressure_protection", 0.9),
        ("quasi_alliance.pact_restore_rate", 0)));

    [Fact]
    public void WeakUsCommitmentAndUsPressureBothPullTogether()
    {
        Assert.Equal(0.4 * 0.3, Alliance.Pull(new SimState { UsCommitment = 0.4 }), 9);
        Assert.Equal((0.4 * -0.2) + (0.6 * 0.5), Alliance.Pull(new SimState { UsCommitment = 0.9, UsPressure = 0.5 }), 9);
    }

    [Fact]
    public void UsPressureProtectsThePact()
    {
        var crisis = new SimState { PactInForce = 1, Relations = -60, Move = new Pair(-0.5, -0.2) };
        var pressed = crisis with { UsPressure = 1 };
        Assert.Equal(0.2, Alliance.PactEndProbability(crisis), 9);
        Assert.Equal(0.02, Alliance.PactEndProbability(pressed), 9);
        Assert.Equal(0, Alliance.PactEndProbability(crisis with { Relations = 0 }));
    }
}

public class ShocksTest
{
    [Fact]
    public void AScheduledShockChangesTheStateAsItsKindSays()
    {
        var inputs = TestModel.Inputs(new YearMonth(2021, 1), 6);
        var state = new SimState { Relations = 0, Grievance = new Pair(0.3, 0.2) };
        Shocks.Apply(ref state, TestModel.Catalogue().Find("ruling")!, inputs, 0);
        Assert.Equal(-5, state.Relations, 9);
        Assert.Equal(0.5, state.Grievance.Korea, 9);
    }

    [Fact]
    public void AConditionalShockActsOnlyWhileItsConditionHolds()
    {
        var inputs = TestModel.Inputs(new YearMonth(2021, 1), 6);
        var undo = TestModel.Catalogue().Find("undo")!;
        var without = new SimState { Relations = 10 };
        Shocks.Apply(ref without, undo, inputs, 0);
        Assert.Equal(10, without.Relations);
        var with = new SimState { Relations = 10, DealInForce = 1 };
        Shocks.Apply(ref with, undo, inputs, 0);
        Assert.Equal(7, with.Relations);
        Assert.True(with.DealRevoked);
    }

    [Fact]
    public void AnniversariesRaiseKoreanGrievanceInMarchAndAugust()
    {
        var shocks = new Shocks(TestModel.Reader(("shocks.incident_rate", 0), ("shocks.ruling_rate", 0), ("shocks.anniversary_korea", 0.05), ("shocks.anniversary_japan", 0.02)), TestModel.Catalogue());
        var inputs = TestModel.Inputs(new YearMonth(2021, 2), 2);
        var state = new SimState { Grievance = new Pair(0.3, 0.3) };
        var rng = new Xoshiro256(1);
        shocks.Apply(ref state, inputs, 0, ref rng); // February
        shocks.Apply(ref state, inputs, 1, ref rng); // March
        Assert.Equal(0.35, state.Grievance.Korea, 9);
        Assert.Equal(0.32, state.Grievance.Japan, 9);
    }
}

public class OpinionFollowsRelationsTest
{
    private static readonly OpinionFollowsRelations Opinion = new(TestModel.Reader(
        ("opinion.adjustment", 0.1), ("opinion.korea_neutral", 30), ("opinion.japan_neutral", 50), ("opinion.relations_weight", 0.3),
        ("opinion.grievance_weight", 20), ("opinion.grievance_reference", 0.3), ("opinion.feedback", 0.25)));

    [Fact]
    public void ViewsCloseAShareOfTheGapToWhatRelationsImply()
    {
        var state = new SimState { Relations = -50, View = new Pair(30, 50), Grievance = new Pair(0.3, 0.8) };
        Assert.Equal(15, Opinion.Target(state, Side.Korea), 9);
        Assert.Equal(25, Opinion.Target(state, Side.Japan), 9);
        Opinion.Apply(ref state, Side.Korea);
        Assert.Equal(28.5, state.View.Korea, 9);
    }

    [Fact]
    public void AFriendlyPublicPullsItsGovernmentTowardsCooperation()
    {
        Assert.Equal(0.25 * 20 / 50, Opinion.Feedback(new SimState { View = new Pair(50, 50) }, Side.Korea), 9);
        Assert.True(Opinion.Feedback(new SimState { View = new Pair(10, 50) }, Side.Korea) < 0);
    }
}

public class ReciprocityTest
{
    [Theory]
    [InlineData(-0.5, 0, -0.2)]
    [InlineData(0.5, 0.5, 0.35)]
    public void EachGovernmentAnswersTheOthersLastMove(double otherLast, double ownLast, double expected)
    {
        var reciprocity = new Reciprocity(TestModel.Reader(("reciprocity.answer", 0.4), ("reciprocity.persistence", 0.3)));
        var state = new SimState { LastMove = new Pair(ownLast, otherLast) };
        Assert.Equal(expected, reciprocity.Answer(state, Side.Korea), 9);
    }
}
