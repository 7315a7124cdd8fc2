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
            // An about read from a range (36-37) or from 满 is no word a translator dropped: only an about written out counts.
            var aboutDropped = zh.Approximation == Approximation.About ? en.Approximation == Approximation.Exact : en.Approximation == Approximation.About && zh.Approximation == Approximation.Exact;
            var written = !aboutDropped || ClauseBounds.States(zh.Approximation == Approximation.About ? pair.Chinese : pair.English, Approximation.About);
            if (written && (contradictory || !StatedInClause(pair)))
            {
                yield return (DiscrepancyKind.Qualifier, contradictory ? Severity.High : Severity.Medium);
            }
        }
        else if (zh.Role == QuantityRole.Measure && en.Role == QuantityRole.Measure && zh.Value != en.Value && zh.Unit.Kind == en.Unit.Kind
                 && zh.Approximation == Approximation.Exact && en.Approximation == Approximation.Exact)
        {
            yield return (DiscrepancyKind.Rounding, Severity.Low);
        }

        if (zh.Role == QuantityRole.Measure && CountContext.CountsOthersAsAll(pair))
        {
            yield return (DiscrepancyKind.Value, Severity.Medium);
        }

        // 再赢得23席 as "win 23 seats": a count on top of others stated as the whole.
        if (zh.Role == QuantityRole.Measure && zh.Unit.Kind is UnitKind.Count or UnitKind.Percent or UnitKind.Money && CountContext.MoreDiffers(pair))
        {
            yield return (DiscrepancyKind.Qualifier, Severity.Medium);
        }

        if (CountContext.EraDiffers(pair))
        {
            yield return (DiscrepancyKind.Date, Severity.Medium);
        }

        // 每年节约25万吨 as "save 250,000 tonnes": a rate turned into a total.
        if (zh.Role == QuantityRole.Measure && RateBasis.IsDropped(pair))
        {
            yield return (DiscrepancyKind.Unit, Severity.Medium);
        }

        if (DiscrepancyClassifier.CountsDifferentThings(zh, en, out var serious) && !NamesCasesAfter(pair.Chinese))
        {
            yield return (DiscrepancyKind.Unit, serious ? Severity.Medium : Severity.Low);
        }
    }

    // 425名病例, 80,000 名 COVID-19 确诊病例: 名 counts cases here, as "cases" does.
    private static bool NamesCasesAfter(Figure chinese) => FigureText.After(chinese, 14).Contains("病例", StringComparison.Ordinal);

    // The side that reads the value plainly may state the other's qualifier away from the number (至少已有28个省份;
    // "should not be higher than Grade 3"): the qualifier was moved, not dropped.
    private static bool StatedInClause(FigurePair pair)
    {
        var (zh, en) = (pair.Chinese.Quantity.Approximation, pair.English.Quantity.Approximation);

        // 五年来 as "over five years": the span up to now, which "over" also reads.
        if (zh == Approximation.Exact && en == Approximation.MoreThan && pair.Chinese.Quantity.Unit is Unit.Duration
            && FigureText.After(pair.Chinese, 2) is ['来', ..] or ['以', '来'] && FigureText.Before(pair.English, 5).EndsWith("over", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return (zh == Approximation.Exact && ClauseBounds.States(pair.Chinese, en))
               || (en == Approximation.Exact && ClauseBounds.States(pair.English, zh));
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

        // A dropped 约 / about (4500万吨左右 as "45 million tons") turns an estimate into an exact figure; about against a
        // bound is no finding (either reading can be meant).
        if (zh != en && (zh, en) is (Approximation.About, Approximation.Exact) or (Approximation.Exact, Approximation.About))
        {
            return true;
        }

        return zh != en && zh != Approximation.About && en != Approximation.About && (Side(zh) != 0 || Side(en) != 0) && Side(zh) != Side(en);
    }
}
