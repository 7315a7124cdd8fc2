using Extract.Facts;

namespace Extract.Store;

/// <summary>How a stored figure moved, as the text stated it.</summary>
/// <param name="Value">The size of the change, unsigned (15.44 for <c>up by 15.44%</c>).</param>
/// <param name="Precision">The place value of its last written digit (0.01 for 15.44).</param>
/// <param name="Unit">How the change is measured.</param>
/// <param name="Direction">Which way the figure moved.</param>
/// <param name="Basis">What the change is measured against.</param>
public sealed record StoredChange(decimal Value, decimal Precision, ChangeUnit Unit, ChangeDirection Direction, ChangeBasis Basis)
{
    /// <summary>The change with its sign: negative when the figure fell.</summary>
    public decimal SignedValue => Direction == ChangeDirection.Down ? -Value : Value;
}
