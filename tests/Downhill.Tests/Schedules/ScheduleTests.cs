namespace Downhill.Tests.Schedules;

/// <summary>Each schedule's rates at chosen steps, worked out from its formula, and its input checks.</summary>
public class ScheduleTests
{
    private static double[] Rates(Schedule schedule, int steps, double baseRate = 0.1) =>
        Enumerable.Range(0, steps).Select(t => schedule.Rate(t, baseRate)).ToArray();

    [Fact]
    public void Constant_never_changes()
    {
        Assert.All(Rates(Schedule.Constant(), 50), r => Assert.Equal(0.1, r));
    }

    [Fact]
    public void Step_decay_drops_by_gamma_every_interval()
    {
        // α·γ^⌊t/3⌋ with γ = 0.5: 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025
        Assert.Equal([0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025], Rates(Schedule.StepDecay(3, 0.5), 7));
        Assert.Equal(0.1, Schedule.StepDecay(10).Rate(10, 1.0)); // PyTorch StepLR's default γ
    }

    [Fact]
    public void Exponential_multiplies_by_gamma_every_step()
    {
        // 0.1·0.9ᵗ: 0.1, 0.09, 0.081, 0.0729
        var rates = Rates(Schedule.Exponential(0.9), 4);
        Assert.Equal([0.1, 0.09, 0.081, 0.0729], rates.Select(r => Math.Round(r, 15)));
    }

    [Fact]
    public void Inverse_time_is_alpha_over_one_plus_k_t()
    {
        // 0.1/(1 + 0.5t): 0.1, 0.0666…, 0.05, 0.04
        var rates = Rates(Schedule.InverseTime(0.5), 4);
        Assert.Equal(0.1, rates[0]);
        Assert.Equal(0.1 / 1.5, rates[1], 1e-16);
        Assert.Equal(0.05, rates[2], 1e-16);
        Assert.Equal(0.04, rates[3], 1e-16);
    }

    [Fact]
    public void Cosine_falls_along_half_a_cosine_then_holds_the_minimum()
    {
        // T = 4, α_min = 0.02: α_t = 0.02 + 0.08·(1 + cos(πt/4))/2
        // t=0: 0.1;  t=2: 0.02 + 0.04 = 0.06;  t=4: 0.02;  t=9: held at 0.02
        var cosine = Schedule.Cosine(4, 0.02);
        Assert.Equal(0.1, cosine.Rate(0, 0.1), 1e-16);
        Assert.Equal(0.06, cosine.Rate(2, 0.1), 1e-16);
        Assert.Equal(0.02 + 0.08 * (1 + Math.Cos(Math.PI / 4)) / 2, cosine.Rate(1, 0.1), 1e-16);
        Assert.Equal(0.02, cosine.Rate(4, 0.1));
        Assert.Equal(0.02, cosine.Rate(9, 0.1));
        var rates = Rates(cosine, 5);
        Assert.True(rates.Zip(rates.Skip(1)).All(p => p.Second < p.First), "the cosine schedule must fall every step until T");
    }

    [Fact]
    public void Warm_up_climbs_linearly_then_hands_over_with_its_own_step_count()
    {
        // W = 4: 0.1·(t+1)/4 = 0.025, 0.05, 0.075, 0.1; then step decay (interval 2, γ 0.5) from its step 0: 0.1, 0.1, 0.05
        var schedule = Schedule.WarmUp(4, Schedule.StepDecay(2, 0.5));
        Assert.Equal([0.025, 0.05, 0.075, 0.1, 0.1, 0.1, 0.05], Rates(schedule, 7).Select(r => Math.Round(r, 15)));
        Assert.Equal("warm-up 4 steps, then ×0.5 every 2 steps", schedule.Name);
    }

    [Fact]
    public void Warm_up_alone_continues_at_the_base_rate()
    {
        Assert.Equal([0.05, 0.1, 0.1, 0.1], Rates(Schedule.WarmUp(2), 4));
    }

    [Fact]
    public void Bad_schedule_settings_fail_with_a_sentence()
    {
        Assert.Equal("the step-decay interval must be at least 1; got 0.",
            Assert.Throws<ArgumentException>(() => Schedule.StepDecay(0)).Message);
        Assert.Equal("the decay factor γ must be above 0 and at most 1; got 1.5.",
            Assert.Throws<ArgumentException>(() => Schedule.Exponential(1.5)).Message);
        Assert.Equal("the 1/t decay k must be a finite number of at least 0; got NaN.",
            Assert.Throws<ArgumentException>(() => Schedule.InverseTime(double.NaN)).Message);
        Assert.Equal("the cosine schedule's length must be at least 1; got 0.",
            Assert.Throws<ArgumentException>(() => Schedule.Cosine(0)).Message);
        Assert.Equal("the warm-up length must be at least 1; got -3.",
            Assert.Throws<ArgumentException>(() => Schedule.WarmUp(-3)).Message);
    }

    [Fact]
    public void Bad_steps_and_base_rates_fail_with_a_sentence()
    {
        Assert.Equal("a schedule's step counts from 0; got -1.",
            Assert.Throws<ArgumentException>(() => Schedule.Constant().Rate(-1, 0.1)).Message);
        Assert.Equal("the base learning rate must be a positive, finite number; got 0.",
            Assert.Throws<ArgumentException>(() => Schedule.Cosine(10).Rate(1, 0)).Message);
    }
}
