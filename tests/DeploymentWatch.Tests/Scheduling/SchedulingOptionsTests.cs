using System.ComponentModel.DataAnnotations;
using DeploymentWatch.Scheduling;

namespace DeploymentWatch.Tests.Scheduling;

public class SchedulingOptionsTests
{
    [Fact]
    public void ClusterSettings_Defaults_AreQuartzsCheckinAndFailover()
    {
        var options = new SchedulingOptions();

        Assert.Empty(Errors(options));
        Assert.Equal(TimeSpan.FromSeconds(10), options.ClusterCheckin);
        Assert.Equal(TimeSpan.FromMilliseconds(7500), options.ClusterFailover);
    }

    [Theory]
    [InlineData("00:00:00.500", "00:00:07.500", "Scheduling:ClusterCheckin must be between 1 second and 10 minutes.")]
    [InlineData("00:00:10", "00:00:00", "Scheduling:ClusterFailover must be between 1 second and 10 minutes.")]
    [InlineData("00:00:10", "01:00:00", "Scheduling:ClusterFailover must be between 1 second and 10 minutes.")]
    public void ClusterSettings_OutOfRange_AreRefusedWithTheirName(string checkin, string failover, string expected)
    {
        var options = new SchedulingOptions
        {
            ClusterCheckin = TimeSpan.Parse(checkin, System.Globalization.CultureInfo.InvariantCulture),
            ClusterFailover = TimeSpan.Parse(failover, System.Globalization.CultureInfo.InvariantCulture),
        };

        Assert.Equal([expected], Errors(options));
    }

    private static List<string?> Errors(SchedulingOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage)];
    }
}
