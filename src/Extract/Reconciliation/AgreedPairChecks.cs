using Extract.Quantities;

namespace Extract.Reconciliation;

/// <summary>Checks a pair of figures that state the same value for what may still differ: the direction of the
/// change, the qualifier, the precision, and what is counted.</summary>
internal static class AgreedPairChecks
{
    public static IEnumerable<(DiscrepancyKind Kind, Severity Severity)> Check(FigurePair pair)
    {
        var zh = pair.Chinese.Quantity;
        var en = pair.English.Quantity;
        if (zh.Direction != Direction.None && en.Direction != Direction.None && zh.Direction != en.Direction)
        {
            yield return (DiscrepancyKind.Direction, Severity.High);
        }

        if (QualifierDiffers(zh.Approximation, en.Approximation, out var contradictory))
        {
            yield return (DiscrepancyKind.Qualifier, contradictory ? Severity.High : Severity.Medium);
        }
        else if (zh.Role == QuantityRole.Measure && en.Role == QuantityRole.Measure && zh.Value != en.Value && zh.Unit.Kind == en.Unit.Kind
                 && zh.Approximation == Approximation.Exact && en.Approximation == Approximation.Exact)
        {
            yield return (DiscrepancyKind.Rounding, Severity.Low);
        }

        if (DiscrepancyClassifier.CountsDifferentThings(zh, en, out var serious))
        {
            yield return (DiscrepancyKind.Unit, serious ? Severity.Medium : Severity.Low);
        }
    }

    /// <summary>Whether two qualifiers say different things of one value: a bound from above against one from below
    /// (余 against 近: contradictory), or a bound against an exact figure.</summary>
    public static bool QualifierDiffers(Approximation zh, Approximation en, out bool contradictory)
    {
        static int Side(Approximation a) => a switch
        {
            Approximation.MoreThan or Approximation.AtLeast => 1,
            Approximation.Nearly or Approximation.UpTo or Approximation.LessThan => -1,
            _ => 0,
        };

        contradictory = Side(zh) * Side(en) == -1;

        // 约 / about is often dropped in translation without changing the statement: not a finding.
        return zh != en && zh != Approximation.About && en != Approximation.About && (Side(zh) != 0 || Side(en) != 0) && Side(zh) != Side(en);
    }
}
