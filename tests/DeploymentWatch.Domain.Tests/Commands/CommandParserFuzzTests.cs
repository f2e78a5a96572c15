using System.Text;
using DeploymentWatch.Domain.Commands;
using DeploymentWatch.TestKit.Fuzzing;
using DeploymentWatch.TestKit.Profiles;
using Xunit.Abstractions;

namespace DeploymentWatch.Domain.Tests.Commands;

/// <summary>
/// Random mutations of valid commands: never an exception, never a hang, and every answer a command or a short
/// error without control characters. CI runs the fixed seed and count; README → Tests shows the longer run.
/// </summary>
public class CommandParserFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Valid =
    [
        "subscribe casualties icbm-satellite", "subscribe all", "unsubscribe", "mute casualties 6h", "mute all until 2027-01-01T10:00",
        "mute troop-deployment 90min", "unmute casualties", "digest daily 8", "digest realtime", "status", "figures killed NIS --chart",
        "figures casualties Kyiv", "latest icbm-satellite", "topics", "help mute",
    ];

    private static readonly string[] Tokens =
    [
        " ", "  ", "\t", "\n", "\u0000", "\u001b[2J", "\u202e", "99999999999999999999", "-1", "0", "2147483648d", "9223372036854775807m",
        "until ", "until 9999-12-31", "until 0001-01-01", "T", "Z", " UTC", "--chart", ",", "@everyone", "<@123>", "`", "*", "all",
        "\ud800", "\U0001F600", "ѕ", "İ", "ß", "/", "w", "d", "h", "m",
    ];

    [Fact]
    public void Parse_MutatedCommands_NeverThrowNorHang()
    {
        var parser = new CommandParser(SampleProfiles.Create());
        var now = new DateTimeOffset(2026, 12, 5, 6, 0, 0, TimeSpan.Zero);
        var seeds = Valid.Select(Encoding.UTF8.GetBytes).ToArray();
        var dictionary = Tokens.Select(t => Encoding.UTF8.GetBytes(t)).ToArray();
        var outcomes = new int[2];

        var tried = FuzzRun.Run("command", new Mutator(FuzzRun.Seed, seeds, dictionary).Inputs(FuzzRun.Iterations), bytes =>
        {
            var result = parser.Parse(Encoding.UTF8.GetString(bytes), now);
            Interlocked.Increment(ref outcomes[result.IsSuccess ? 0 : 1]);
            if (!result.IsSuccess)
            {
                Assert.False(string.IsNullOrWhiteSpace(result.Error));
                Assert.True(result.Error.Length < 2_000);
                Assert.DoesNotContain(result.Error, c => char.IsControl(c));
            }
            else if (result.Command is MuteCommand { Until: { } until })
            {
                Assert.InRange(until, now, now + DurationParser.Longest);
            }
        });

        output.WriteLine($"command fuzz: seed {FuzzRun.Seed}, {tried} inputs tried, nothing found ({outcomes[0]} parsed, {outcomes[1]} refused)");
        Assert.Equal(FuzzRun.Iterations, tried);
        Assert.True(outcomes[0] > 0 && outcomes[1] > 0, "the mutations should reach both outcomes");
    }
}
