using Strait.Core.Actors;
using Strait.Text.Coding;

namespace Strait.Text.Tests.Coding;

public sealed class JointPartiesTest
{
    private static ActorCode Code(string code) => ActorCode.ParseExact(code);

    private static List<string> Pairs(string source, string target, params string[] others) =>
        JointParties.Pairs(Code(source), Code(target), others.Select(Code)).Select(p => $"{p.Source}-{p.Target}").ToList();

    [Fact]
    public void Two_parties_make_one_pair() =>
        Assert.Equal(["FREGOV-SYLGOV"], Pairs("FREGOV", "SYLGOV"));

    [Fact]
    public void A_third_party_makes_a_pair_with_each_of_the_first_two() =>
        Assert.Equal(["FREGOV-SYLGOV", "FREGOV-OSTGOV", "SYLGOV-OSTGOV"], Pairs("FREGOV", "SYLGOV", "OSTGOV"));

    [Fact]
    public void Another_party_of_a_country_already_named_adds_no_pair() =>
        Assert.Equal(["FREGOV-SYLGOV", "FREGOV-OSTBUS", "SYLGOV-OSTBUS"], Pairs("FREGOV", "SYLGOV", "FREBUS", "OSTBUS", "OSTGOV"));

    [Fact]
    public void Two_institutions_of_one_country_stay_a_pair() =>
        Assert.Equal(["FREGOV-FRELEG"], Pairs("FREGOV", "FRELEG"));

    [Fact]
    public void A_bodys_gathering_pairs_the_body_with_each_attending_party() =>
        Assert.Equal(["IGOG9-FREGOV", "SYLGOV-IGOG9"], Pairs("IGOG9", "FREGOV", "SYLGOV"));
}
