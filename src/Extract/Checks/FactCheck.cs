using System.Collections.Immutable;
using Extract.Reconciliation;
using Extract.Store;

namespace Extract.Checks;

/// <summary>One comparison a check made between figures, and what came of it.</summary>
/// <param name="Kind">What was compared.</param>
/// <param name="Consistent">Whether some true values inside every figure's written precision satisfy the relation
/// (a finding when not).</param>
/// <param name="Severity">How much a reviewer should care when it is inconsistent.</param>
/// <param name="Figures">The figures compared: the fact checked first (the stated change, the part, the total), then
/// the figures it was checked against.</param>
/// <param name="Computed">The value the other figures give for the one checked (the growth from last year's level to
/// this year's, the sum of the parts), as an interval over their written precision.</param>
/// <param name="Stated">What the text states for it, as an interval over its written precision.</param>
/// <param name="Message">The finding in a sentence a reviewer understands.</param>
public sealed record FactCheck(
    FactCheckKind Kind,
    bool Consistent,
    Severity Severity,
    ImmutableArray<StoredFact> Figures,
    ValueInterval Computed,
    ValueInterval Stated,
    string Message);
