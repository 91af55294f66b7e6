using Strait.Core.Actors;

namespace Strait.Core.Tests.Actors;

public sealed class ActorCodeTest
{
    [Theory]
    [InlineData("KORGOV", "KOR", ActorRole.GOV)]
    [InlineData("JPNBUS", "JPN", ActorRole.BUS)]
    [InlineData("USA", "USA", ActorRole.None)]
    [InlineData(" prkmil ", "PRK", ActorRole.MIL)]
    [InlineData("CHNMED", "CHN", ActorRole.MED)]
    public void Parse_ReadsCountryAndRole(string text, string country, ActorRole role)
    {
        var code = ActorCode.Parse(text);

        Assert.True(code.Success, code.Error?.ToString());
        Assert.Equal(country, code.Value.Country);
        Assert.Equal(role, code.Value.Role);
        Assert.False(code.Value.IsInternationalBody);
    }

    [Theory]
    [InlineData("IGOWTO", "WTO")]
    [InlineData("IGOG20", "G20")]
    [InlineData("IGOIOC", "IOC")]
    public void Parse_ReadsInternationalBodies(string text, string body)
    {
        var code = ActorCode.ParseExact(text);

        Assert.True(code.IsInternationalBody);
        Assert.Equal(body, code.Body);
        Assert.Equal(text, code.CountryPart);
        Assert.Equal(text, code.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("KO")]
    [InlineData("KORXYZ")]
    [InlineData("KOR GOV")]
    [InlineData("IGO")]
    [InlineData("KOR-GOV")]
    [InlineData("KORNONE")]
    [InlineData("KOR1")]
    public void Parse_RejectsBadCodes(string? text)
    {
        var code = ActorCode.Parse(text);

        Assert.False(code.Success);
        Assert.Equal(ErrorCodes.BadActorCode, code.Error!.Code);
    }

    [Fact]
    public void WithRole_ChangesTheRoleOfACountryButNotOfABody()
    {
        Assert.Equal("KOROPP", ActorCode.Of("KOR", ActorRole.LEG).WithRole(ActorRole.OPP).ToString());
        Assert.Equal("IGOWTO", ActorCode.InternationalBody("WTO").WithRole(ActorRole.GOV).ToString());
    }
}
