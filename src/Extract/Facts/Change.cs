using Extract.Quantities;

namespace Extract.Facts;

/// <summary>How a fact's figure moved: <c>同比增长 15.54%</c> is up 15.54 percent year on year.</summary>
/// <param name="Amount">The quantity that states the change, as read (its value is never signed: the direction says
/// which way).</param>
/// <param name="Unit">How the change is measured.</param>
/// <param name="Direction">Which way the figure moved.</param>
/// <param name="Basis">What the change is measured against.</param>
public sealed record Change(Quantity Amount, ChangeUnit Unit, ChangeDirection Direction, ChangeBasis Basis)
{
    /// <summary>The size of the change, unsigned (15.54 for <c>up by 15.54%</c>).</summary>
    public decimal Value => Amount.Value;

    /// <summary>The change with its sign: negative when the figure fell.</summary>
    public decimal SignedValue => Direction == ChangeDirection.Down ? -Amount.Value : Amount.Value;
}
