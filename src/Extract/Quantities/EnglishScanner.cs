using static Extract.Quantities.EnglishVocabulary;

namespace Extract.Quantities;

/// <summary>Finds the quantities of an English text in one left-to-right pass over words and digits. Every branch
/// consumes what it reads and look-behind and look-ahead are bounded, so the work is linear in the text's length.</summary>
internal static class EnglishScanner
{
    // How many words after a number may name what it counts (13 new trademark and brand guidance stations).
    private const int NounWindow = 8;

    // Phone and record numbers have at least this many digits (021-6234567); shorter hyphenated digits are ranges.
    private const int MinimumIdentifierDigits = 7;

    // Words longer than this are no number words; they are skipped without comparison.
    private const int LongestWord = 16;

    public static void Scan(ScanResult result)
    {
        var text = result.Text;
        var i = 0;
        while (i < text.Length)
        {
            result.Steps++;
            var c = text[i];
            if (c is ',' && ContinuesList(result, i + 1))
            {
                i++; // growth of 6.47%, 12.04%, and 17.55%: a list of figures stays in its clause
            }
            else if (c is ',' or ';' or ':' or '!' or '?' or '.' or '\n' or '，' or '；' or '。')
            {
                result.EndClause();
                i++;
            }
            else if (DigitNumber.IsDigit(c))
            {
                i = result.WithinRange(i, ScanDigits);
            }
            else if (char.IsAsciiLetter(c))
            {
                i = result.WithinRange(i, ScanWord);
            }
            else
            {
                i++;
            }
        }
    }

    private static int ScanWord(ScanResult result, int start)
    {
        var text = result.Text;
        var end = WordEnd(result, start);
        var word = text.AsSpan(start, end - start);
        if (ContainsDigit(word))
        {
            // RMB3,964.4 billion, US$5, HK$3: a currency code glued to its number is read with the number.
            var glued = word.IndexOfAnyInRange('0', '9');
            if (glued is 3 or 4 && IsCurrencyCode(word[..glued]))
            {
                return start + glued;
            }

            // FY18, FY2018: a fiscal year.
            if (glued == 2 && word.StartsWith("FY", StringComparison.Ordinal) && word.Length is 4 or 6 && DigitNumber.TryRead(text, start + 2, ref result.Steps, out var fiscal, out var fiscalEnd)
                && fiscalEnd == end && fiscal.FractionDigits == 0)
            {
                var year = word.Length == 4 ? 2000 + fiscal.Value : fiscal.Value;
                result.Add(start, end, year, 1, new Unit.Year(), NumberForm.Digits);
                return end;
            }

            // G60, H1N1: a name with a number in it.
            var firstDigit = word.IndexOfAnyInRange('0', '9');
            if (DigitNumber.TryRead(text, start + firstDigit, ref result.Steps, out var number, out _))
            {
                result.Add(start, end, number.Value, number.Precision, new Unit.Count(), NumberForm.Digits, role: QuantityRole.NamePart);
            }

            return end;
        }

        var dashAt = word.IndexOf('-');
        var key = dashAt > 0 ? word[..dashAt] : word;
        if (key.EndsWith("'s", StringComparison.Ordinal) || key.EndsWith("’s", StringComparison.Ordinal))
        {
            key = key[..^2]; // Saturday's
        }

        if (key.Length > LongestWord || word.Length > 3 * LongestWord || !IsKeyword(key))
        {
            return end;
        }

        var cardinal = Cardinal(word);
        if (cardinal >= 0)
        {
            return ScanCardinalWords(result, start, end, cardinal);
        }

        var ordinal = OrdinalWord(word);
        if (ordinal > 0)
        {
            return ScanOrdinalWord(result, start, end, ordinal);
        }

        var adverb = OrdinalAdverb(word);
        if (adverb > 0)
        {
            // Firstly, Secondly: the text numbering its own points.
            result.Add(start, end, adverb, 1, new Unit.Ordinal(), NumberForm.EnglishWords, role: QuantityRole.Enumerator);
            return end;
        }

        var dash = word.IndexOf('-');
        if (dash > 0)
        {
            return ScanCompound(result, start, end, dash);
        }

        if (word.Equals("page", StringComparison.OrdinalIgnoreCase) || word.Equals("p", StringComparison.OrdinalIgnoreCase) || word.Equals("pp", StringComparison.OrdinalIgnoreCase))
        {
            return SkipPageNumber(result, end);
        }

        // this year, last year, next June: a year named from the text's own.
        if (RelativeYearOffset(word) is { } offset && WordAt(result, SkipSpaces(result, end), out var namedEnd) is var named && !named.IsEmpty
            && (IsYearWord(named) || (Month(named) > 0 && char.IsUpper(named[0]))))
        {
            var yearWord = IsYearWord(named);
            result.Add(start, yearWord ? namedEnd : end, offset, 1, new Unit.RelativeYear(), NumberForm.EnglishWords);
            return yearWord ? namedEnd : end;
        }

        // doubled, tripling, to double: a multiple stated as a verb (翻番).
        if (Doubling(word, text.AsSpan(0, start)) is var times and > 0)
        {
            result.Add(start, end, times, 1, new Unit.Multiple(), NumberForm.EnglishWords);
            return end;
        }

        var weekday = Weekday(word);
        if (weekday > 0)
        {
            result.Add(start, end, weekday, 1, new Unit.Weekday(), NumberForm.EnglishWords);
            return end;
        }

        var month = Month(word);
        if (month > 0)
        {
            return ScanMonthFirstDate(result, start, end, month);
        }

        // Jan. 20, Sept. 30: an abbreviated month, with its full stop (which then ends no clause).
        var abbreviated = end < result.Text.Length && result.Text[end] == '.' ? MonthAbbreviation(word) : 0;
        if (abbreviated > 0)
        {
            return ScanMonthFirstDate(result, start, end + 1, abbreviated);
        }

        if (word.Equals("per", StringComparison.OrdinalIgnoreCase) || word.Equals("every", StringComparison.OrdinalIgnoreCase))
        {
            return ScanRateBase(result, start, end);
        }

        if ((word.Equals("up", StringComparison.OrdinalIgnoreCase) || word.Equals("down", StringComparison.OrdinalIgnoreCase)) && IsFollowedByChangeAmount(result, end))
        {
            result.ClauseDirection = word[0] is 'u' or 'U' ? Direction.Up : Direction.Down;
            return end;
        }

        var change = Change(word);
        if (change != Direction.None)
        {
            result.ClauseDirection = change;
        }

        var divisor = FractionDivisor(word);
        if (divisor > 0 && word.Equals("half", StringComparison.OrdinalIgnoreCase))
        {
            var next = ScanFraction(result, start, end, divisor);

            // "more than half", "nearly half": the qualifier of a share in words.
            if (result.Count > 0 && result.Last is { Unit: Unit.Multiple, Approximation: Approximation.Exact } half && half.Span.Start - result.Offset == start
                && QualifierBefore(text, start) is var qualifier and not Approximation.Exact)
            {
                result.ReplaceLast(new Quantity(half.Value, half.Precision, half.Unit, half.Text, half.Span, half.Form, qualifier, half.Direction, half.Role));
            }

            return next;
        }

        return end;
    }

    // "a 9.05% increase", "a 10.62% year-on-year growth": the change word right after the percentage.
    private static Direction? ChangeAfter(ScanResult result, int end)
    {
        var word = WordAt(result, SkipSpaces(result, end), out var wordEnd);
        if (word.Equals("year-on-year", StringComparison.OrdinalIgnoreCase) || word.Equals("annual", StringComparison.OrdinalIgnoreCase))
        {
            word = WordAt(result, SkipSpaces(result, wordEnd), out _);
        }

        var change = word.IsEmpty ? Direction.None : Change(word);
        return change == Direction.None ? null : change;
    }

    // "4.7 percentage points higher than": the sign of a difference.
    private static Direction? ComparisonAfter(ScanResult result, int end)
    {
        var word = WordAt(result, SkipSpaces(result, end), out _);
        return word.Equals("higher", StringComparison.OrdinalIgnoreCase) || word.Equals("more", StringComparison.OrdinalIgnoreCase) ? Direction.Up
            : word.Equals("lower", StringComparison.OrdinalIgnoreCase) || word.Equals("less", StringComparison.OrdinalIgnoreCase) ? Direction.Down
            : ChangeAfter(result, end);
    }

    // "rose to 45%", "fell to 3%": the level reached, not the change, so no direction (else null: the clause's).
    private static Direction? LevelReached(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd(' ');
        if (!before.EndsWith(" to", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        before = before[..^3].TrimEnd(' ');
        var wordStart = before.Length;
        while (wordStart > 0 && before.Length - wordStart <= LongestWord && char.IsAsciiLetter(before[wordStart - 1]))
        {
            wordStart--;
        }

        return Change(before[wordStart..]) != Direction.None ? Direction.None : null;
    }

    // After a comma: whether a figure follows (", 12.04%" or ", and 17.55%"), continuing a list.
    private static bool ContinuesList(ScanResult result, int i)
    {
        var text = result.Text;
        i = SkipSpaces(result, i);
        if (FollowsWord(text, i, "and") || FollowsWord(text, i, "or"))
        {
            i = SkipSpaces(result, WordEnd(result, i));
        }

        return i < text.Length && DigitNumber.IsDigit(text[i]);
    }

    // "up by 15.54%", "down 5%": up and down as change words, not "up to" nor "set up".
    private static bool IsFollowedByChangeAmount(ScanResult result, int end)
    {
        var text = result.Text;
        var i = SkipSpaces(result, end);
        if (i < text.Length && DigitNumber.IsDigit(text[i]))
        {
            return true;
        }

        return text.AsSpan(i).StartsWith("by ", StringComparison.OrdinalIgnoreCase);
    }

    private static int ScanCardinalWords(ScanResult result, int start, int end, int first)
    {
        var text = result.Text;
        decimal value = 0, current = first;
        var last = end;
        var fractionCandidate = first == 1 && text[start] is 'o' or 'O';

        // twenty-two, two hundred and five, three million, one fifth of.
        while (true)
        {
            var next = SkipSpaces(result, last);
            if (next >= text.Length || !char.IsAsciiLetter(text[next]))
            {
                break;
            }

            var nextEnd = WordEnd(result, next);
            var word = text.AsSpan(next, nextEnd - next);
            if (word.Equals("hundred", StringComparison.OrdinalIgnoreCase) && current is > 0 and < 100)
            {
                current *= 100;
                last = nextEnd;
                continue;
            }

            var scale = Scale(word);
            if (scale > 0 && current > 0)
            {
                value += current * scale;
                current = 0;
                last = nextEnd;
                continue;
            }

            if (word.Equals("and", StringComparison.OrdinalIgnoreCase) && current % 100 == 0 && current > 0)
            {
                var afterAnd = SkipSpaces(result, nextEnd);
                var afterAndEnd = WordEnd(result, afterAnd);
                var small = afterAnd < text.Length ? Cardinal(text.AsSpan(afterAnd, afterAndEnd - afterAnd)) : -1;
                if (small is > 0 and < 100)
                {
                    current += small;
                    last = afterAndEnd;
                    continue;
                }
            }

            if (fractionCandidate && last == end && FractionDivisor(word) is > 0 and var divisor && FollowsWord(text, SkipSpaces(result, nextEnd), "of"))
            {
                return ScanFraction(result, start, nextEnd, divisor);
            }

            break;
        }

        value += current;
        if (value == 0)
        {
            return last; // "zero infringement", like 零侵权: a slogan, not a count
        }

        var precision = Decimals.TrailingZerosPlace(value);

        // A number word with a capital inside a sentence, before another capitalized word: a name (Five Centers,
        // Four Major Functions, One Brand, Top Ten Typical Cases).
        if (char.IsUpper(text[start]) && !IsSentenceStart(text, start) && NextWordIsCapitalized(result, last))
        {
            result.Add(start, last, value, precision, new Unit.Count(), NumberForm.EnglishWords, role: QuantityRole.NamePart);
            return last;
        }

        return ScanUnit(result, start, last, value, precision, NumberForm.EnglishWords, requireNoun: value == 1);
    }

    private static int ScanOrdinalWord(ScanResult result, int start, int end, int ordinal)
    {
        var text = result.Text;

        // the first half of this year: a part of the year.
        var next = SkipSpaces(result, end);
        if (ordinal <= 2 && FollowsWord(text, next, "half") && FollowsWord(text, SkipSpaces(result, next + 4), "of"))
        {
            result.Add(start, next + 4, ordinal, 1, new Unit.YearPart(2), NumberForm.EnglishWords);
            return next + 4;
        }

        // "a fifth of": a fraction, not a rank.
        if (IsPrecededByArticle(text, start) && FollowsWord(text, next, "of") && FractionDivisor(text.AsSpan(start, end - start)) > 0)
        {
            return ScanFraction(result, start, end, ordinal);
        }

        // "First, in terms of creation, …", "Second, we will …": the text numbering its own points.
        var role = char.IsUpper(text[start]) && end < text.Length && text[end] == ',' && IsSentenceStart(text, start)
            ? QuantityRole.Enumerator
            : QuantityRole.Measure;
        result.Add(start, end, ordinal, 1, new Unit.Ordinal(), NumberForm.EnglishWords, role: role);
        return end;
    }

    // A fraction: "a fifth of", "one third of", "half of".
    private static int ScanFraction(ScanResult result, int start, int end, int divisor)
    {
        var text = result.Text;
        var next = SkipSpaces(result, end);
        if (!FollowsWord(text, next, "of"))
        {
            return end;
        }

        var from = start;
        var articleStart = ArticleStart(text, start);
        if (articleStart >= 0)
        {
            from = articleStart;
        }

        result.Add(from, end, 1m / divisor, 1m / divisor, new Unit.Multiple(), NumberForm.EnglishWords);
        return end;
    }

    // Hyphenated words: first-batch (an ordinal), five-year (a duration), One-Stop (nothing).
    private static int ScanCompound(ScanResult result, int start, int end, int dash)
    {
        var text = result.Text;
        var head = text.AsSpan(start, dash);
        var tail = text.AsSpan(start + dash + 1, end - start - dash - 1);
        // one-third, two-thirds: a fraction in words.
        var numerator = Cardinal(head);
        var plainTail = tail.Length > 3 && tail[^1] is 's' or 'S' ? tail[..^1] : tail;
        if (numerator is > 0 and < 10 && FractionDivisor(plainTail) is var divisor and > 2 && numerator < divisor)
        {
            result.Add(start, end, (decimal)numerator / divisor, 1m / divisor, new Unit.Multiple(), NumberForm.EnglishWords, QualifierBefore(text, start));
            return end;
        }

        var ordinal = OrdinalWord(head);
        if (ordinal > 0 && tail.Equals("batch", StringComparison.OrdinalIgnoreCase))
        {
            result.Add(start, start + dash, ordinal, 1, new Unit.Ordinal(), NumberForm.EnglishWords);
            return end;
        }

        var cardinal = Cardinal(head);
        if (cardinal > 0)
        {
            if (FollowsWord(text, SkipSpaces(result, end), "Plan") && char.IsUpper(text[start]))
            {
                result.Add(start, end, cardinal, 1, new Unit.Count(), NumberForm.EnglishWords, role: QuantityRole.NamePart);
                return end;
            }

            // Five-hundred-meter, two-thousand-year-old: a place word inside the compound.
            decimal value = cardinal;
            var place = tail.IndexOf('-');
            if (place > 0 && (tail[..place].Equals("hundred", StringComparison.OrdinalIgnoreCase) || tail[..place].Equals("thousand", StringComparison.OrdinalIgnoreCase)))
            {
                value *= tail[0] is 'h' or 'H' ? 100 : 1000;
                tail = tail[(place + 1)..];
            }

            if (tail.IndexOf('-') is > 0 and var old && Time(tail[..old]) is not null)
            {
                tail = tail[..old]; // ten-year-old
            }

            if (Time(tail) is { } unit)
            {
                result.Add(start, end, value, Decimals.TrailingZerosPlace(value), new Unit.Duration(unit), NumberForm.EnglishWords);
            }
            else if (tail.Equals("fold", StringComparison.OrdinalIgnoreCase))
            {
                result.Add(start, end, value, Decimals.TrailingZerosPlace(value), new Unit.Multiple(), NumberForm.EnglishWords);
            }
            else if (value >= 2 && tail.Length > 1 && tail.IndexOf('-') < 0 && !IsStop(tail) && !IsNoCountCompound(tail))
            {
                // eight-digit codes, a three-member panel: the count as an adjective.
                result.Add(start, end, value, Decimals.TrailingZerosPlace(value), new Unit.Count(Noun: tail.ToString().ToLowerInvariant()), NumberForm.EnglishWords, QualifierBefore(text, start));
            }
        }

        return end;
    }

    private static int ScanDigits(ScanResult result, int start)
    {
        var text = result.Text;
        if (!DigitNumber.TryReadUnlessDate(result, start, out var number, out var end))
        {
            return end;
        }

        // 1/3, 2/5: a fraction.
        if (Fractions.TryRead(result, start, number, end, out var fractionEnd))
        {
            return fractionEnd;
        }

        // COVID-19, SARS-CoV-2, F-16: the number of a name joined to it by a hyphen.
        if (start > 1 && text[start - 1] == '-' && char.IsAsciiLetter(text[start - 2]) && IsNameCode(text, start - 1))
        {
            result.Add(start, end, number.Value, number.Precision, new Unit.Count(), NumberForm.Digits, role: QuantityRole.NamePart);
            return end;
        }

        // 16:00, 3:30 p.m., 8am, 7 a.m.: a time of day.
        if (number.FractionDigits == 0 && number.Value is >= 0 and <= 24 && TryScanClock(result, start, (int)number.Value, end) is { } clockEnd)
        {
            return clockEnd;
        }

        // 21st, 6th: an ordinal; 5G, 3D: a name.
        if (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            var tokenEnd = WordEnd(result, end);
            var suffix = text.AsSpan(end, tokenEnd - end);
            if (number.FractionDigits == 0 && suffix.Length == 2 && (suffix.Equals("st", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)))
            {
                return AddOrdinal(result, start, tokenEnd, number.Value);
            }

            // £125m, $1.2bn, 3k, 3.5bn yuan: a scale letter glued to the number.
            if (GluedScale(suffix) is { } glued)
            {
                return ScanAfterGluedScale(result, start, tokenEnd, number, glued);
            }

            result.Add(start, tokenEnd, number.Value, number.Precision, new Unit.Count(), NumberForm.Digits, role: QuantityRole.NamePart);
            return tokenEnd;
        }

        // 1+1+X: a name.
        if (end + 1 < text.Length && text[end] == '+' && char.IsAsciiLetterOrDigit(text[end + 1]))
        {
            var tokenEnd = end;
            while (tokenEnd < text.Length && (char.IsAsciiLetterOrDigit(text[tokenEnd]) || text[tokenEnd] == '+'))
            {
                result.Steps++;
                tokenEnd++;
            }

            result.Add(start, tokenEnd, number.Value, number.Precision, new Unit.Count(), NumberForm.Digits, role: QuantityRole.NamePart);
            return tokenEnd;
        }

        if (IsListMarker(text, start, end))
        {
            return end + 1;
        }

        // Ranges of years (2021-2035, 2024–2026, 2016 to 2019) and identifiers (021-62345678).
        if (end + 1 < text.Length && text[end] is '-' or '–' or '—' && DigitNumber.IsDigit(text[end + 1]))
        {
            var secondStart = end + 1;
            if (DigitNumber.TryRead(text, secondStart, ref result.Steps, out var second, out var secondEnd))
            {
                if (IsCalendarYear(number) && IsCalendarYear(second) && second.Value > number.Value)
                {
                    result.Add(start, secondEnd, number.Value, 1, new Unit.YearRange((int)second.Value), NumberForm.Digits);
                    return secondEnd;
                }

                // the 1950-53 war: the last year by its two last digits.
                if (IsCalendarYear(number) && secondEnd - secondStart == 2 && second.Value > number.Value % 100 && (secondEnd == text.Length || text[secondEnd] != '-'))
                {
                    result.Add(start, secondEnd, number.Value, 1, new Unit.YearRange(((int)number.Value / 100 * 100) + (int)second.Value), NumberForm.Digits);
                    return secondEnd;
                }

                // Digits joined by hyphens: a phone or record number when long (021-62345678); a short range such as
                // 10-15% is read number by number.
                var idEnd = secondEnd;
                var digits = number.IntegerDigits + second.IntegerDigits;
                while (idEnd + 1 < text.Length && text[idEnd] == '-' && DigitNumber.IsDigit(text[idEnd + 1]))
                {
                    var partStart = idEnd + 1;
                    DigitNumber.TryRead(text, partStart, ref result.Steps, out _, out idEnd);
                    digits += idEnd - partStart;
                }

                // 5,000-10,000 yuan: two parts rising, neither a code with a leading zero, are a range.
                var range = idEnd == secondEnd && second.Value > number.Value && second.Value < number.Value * 100 && text[start] != '0';
                if (digits >= MinimumIdentifierDigits && !range)
                {
                    result.Add(start, idEnd, number.Value, 1, new Unit.Count(), NumberForm.Digits, role: QuantityRole.Identifier);
                    return idEnd;
                }
            }
            else
            {
                return secondEnd;
            }
        }

        // 100-day, 3-year, 2-fold.
        if (end + 1 < text.Length && text[end] == '-' && char.IsAsciiLetter(text[end + 1]))
        {
            var tokenEnd = WordEnd(result, end + 1);
            var tail = text.AsSpan(end + 1, tokenEnd - end - 1);

            // 10-year-old, 5-year-long: the unit of time is the first part.
            if (tail.IndexOf('-') is > 0 and var dashInTail && Time(tail[..dashInTail]) is not null)
            {
                tail = tail[..dashInTail];
            }

            if (Time(tail) is { } unit)
            {
                result.Add(start, tokenEnd, number.Value, number.Precision, new Unit.Duration(unit), NumberForm.Digits);
                return tokenEnd;
            }

            if (tail.Equals("fold", StringComparison.OrdinalIgnoreCase))
            {
                result.Add(start, tokenEnd, number.Value, number.Precision, new Unit.Multiple(), NumberForm.Digits);
                return tokenEnd;
            }

            // a 16,000-yuan grant, a $5-million fund: an amount as an adjective.
            if (CurrencyOfWord(tail) is { } adjectiveCurrency)
            {
                var moneyFrom = CurrencyPrefixStart(text, start, out var prefix);
                result.Add(moneyFrom, tokenEnd, number.Value, number.Precision, new Unit.Money(prefix ?? adjectiveCurrency), NumberForm.Digits, QualifierBefore(text, moneyFrom));
                return tokenEnd;
            }

            // 187 8-digit codes, a 500-meter dish, a 30-storey tower: a count or a measure as an adjective.
            if (tail.Length > 1 && tail.IndexOf('-') < 0 && !IsStop(tail))
            {
                result.Add(start, tokenEnd, number.Value, number.Precision, new Unit.Count(Noun: tail.ToString().ToLowerInvariant()), NumberForm.Digits, QualifierBefore(text, start));
                return tokenEnd;
            }
        }

        if (IsCalendarYear(number))
        {
            var next = SkipSpaces(result, end);
            if (FollowsWord(text, next, "to") || FollowsWord(text, next, "and"))
            {
                var afterTo = SkipSpaces(result, WordEnd(result, next));
                if (afterTo < text.Length && DigitNumber.IsDigit(text[afterTo])
                    && DigitNumber.TryRead(text, afterTo, ref result.Steps, out var last, out var lastEnd)
                    && IsCalendarYear(last) && last.Value > number.Value && IsRangeIntroduced(text, start, FollowsWord(text, next, "to")))
                {
                    result.Add(start, lastEnd, number.Value, 1, new Unit.YearRange((int)last.Value), NumberForm.Digits);
                    return lastEnd;
                }
            }

            if (!StartsCountOrAmount(result, end))
            {
                result.Add(start, end, number.Value, 1, new Unit.Year(), NumberForm.Digits);
                return end;
            }
        }

        // 26 April 2020: a date with the day first.
        if (number.IsPlain(number.IntegerDigits) && number.Value is >= 1 and <= 31)
        {
            var next = SkipSpaces(result, end);
            if (next < text.Length && char.IsAsciiLetter(text[next]))
            {
                var monthEnd = WordEnd(result, next);
                var month = Month(text.AsSpan(next, monthEnd - next));
                if (month == 0 && monthEnd < text.Length && text[monthEnd] == '.')
                {
                    // 20 Jan. 2024
                    month = MonthAbbreviation(text.AsSpan(next, monthEnd - next));
                    monthEnd += month > 0 ? 1 : 0;
                }

                if (month > 0 && char.IsUpper(text[next]))
                {
                    return AddDate(result, start, monthEnd, month, (int)number.Value);
                }
            }
        }

        return ScanUnit(result, start, end, number.Value, number.Precision, NumberForm.Digits, requireNoun: false);
    }

    // After a number: scale, percent, currency, times, a unit of time, or the noun counted.
    private static int ScanUnit(ScanResult result, int start, int end, decimal value, decimal precision, NumberForm form, bool requireNoun)
    {
        var text = result.Text;
        var from = CurrencyPrefixStart(text, start, out var prefixCurrency);
        var approximation = QualifierBefore(text, from);
        var i = SkipSpaces(result, end);
        var unitEnd = end;
        var scaled = false;

        var word = WordAt(result, i, out var wordEnd);
        var scale = Scale(word);
        if (scale > 0)
        {
            value *= scale;
            precision *= scale;
            unitEnd = wordEnd;
            scaled = true;
            i = SkipSpaces(result, wordEnd);
            word = WordAt(result, i, out wordEnd);
        }

        var resultForm = scaled && form == NumberForm.Digits ? NumberForm.Mixed : form;
        if (i < text.Length && text[i] is '%' or '％')
        {
            result.Add(from, i + 1, value, precision, new Unit.Percent(), resultForm, approximation, direction: ChangeAfter(result, i + 1) ?? LevelReached(text, from));
            return i + 1;
        }

        if (word.Equals("percent", StringComparison.OrdinalIgnoreCase) || (word.Equals("per", StringComparison.OrdinalIgnoreCase) && FollowsWord(text, SkipSpaces(result, wordEnd), "cent")))
        {
            var percentEnd = word.Length == 3 ? WordEnd(result, SkipSpaces(result, wordEnd)) : wordEnd;
            result.Add(from, percentEnd, value, precision, new Unit.Percent(), resultForm, approximation, direction: ChangeAfter(result, percentEnd) ?? LevelReached(text, from));
            return percentEnd;
        }

        if (word.Equals("percentage", StringComparison.OrdinalIgnoreCase))
        {
            var pointStart = SkipSpaces(result, wordEnd);
            var pointEnd = WordEnd(result, pointStart);
            var point = text.AsSpan(pointStart, pointEnd - pointStart);
            if (point.Equals("points", StringComparison.OrdinalIgnoreCase) || point.Equals("point", StringComparison.OrdinalIgnoreCase))
            {
                result.Add(from, pointEnd, value, precision, new Unit.PercentagePoints(), resultForm, approximation,
                    direction: ComparisonAfter(result, pointEnd) ?? LevelReached(text, from));
                return pointEnd;
            }
        }

        // An amount that is itself a change: an increase of 31,000, a rise of 9.3 patents, up 9.3 patents.
        var stated = StatedChangeBefore(text, from);
        var change = stated == Direction.None ? (Direction?)null : stated;
        var currencyEnd = unitEnd;
        var currency = prefixCurrency ?? SuffixCurrency(result, word, wordEnd, out currencyEnd);
        if (currency is { } money)
        {
            var moneyEnd = prefixCurrency is null ? currencyEnd : unitEnd;
            result.Add(from, moneyEnd, value, precision, new Unit.Money(money), resultForm, approximation, direction: change);
            return moneyEnd;
        }

        if (word.Equals("times", StringComparison.OrdinalIgnoreCase) && !scaled)
        {
            var after = SkipSpaces(result, wordEnd);
            var afterWord = WordAt(result, after, out _);
            if (afterWord.Equals("the", StringComparison.OrdinalIgnoreCase) || afterWord.Equals("as", StringComparison.OrdinalIgnoreCase)
                || afterWord.Equals("that", StringComparison.OrdinalIgnoreCase) || afterWord.Equals("more", StringComparison.OrdinalIgnoreCase)
                || afterWord.Equals("higher", StringComparison.OrdinalIgnoreCase) || afterWord.Equals("larger", StringComparison.OrdinalIgnoreCase)
                || afterWord.Equals("greater", StringComparison.OrdinalIgnoreCase) || afterWord.Equals("what", StringComparison.OrdinalIgnoreCase))
            {
                result.Add(from, wordEnd, value, precision, new Unit.Multiple(), resultForm, approximation);
                return wordEnd;
            }
        }

        if (!scaled && Time(word) is { } time)
        {
            result.Add(from, wordEnd, value, precision, new Unit.Duration(time), resultForm, approximation);
            return wordEnd;
        }

        // three decades, two centuries: spans of years (30多年 as "more than three decades").
        if (!scaled && YearsIn(word) is var years and > 0)
        {
            result.Add(from, wordEnd, value * years, precision * years, new Unit.Duration(TimeUnit.Year), resultForm, approximation);
            return wordEnd;
        }

        var noun = Noun(result, unitEnd);
        if (requireNoun && noun is null)
        {
            return unitEnd;
        }

        result.Add(from, unitEnd, value, precision, new Unit.Count(Noun: noun), resultForm, approximation, direction: change);
        return unitEnd;
    }

    // The noun counted: the first plural among the next few words of the phrase (27 new plant variety applications),
    // else its last word before a stop (one demonstration park).
    private static string? Noun(ScanResult result, int end)
    {
        var text = result.Text;
        var i = end;
        string? last = null;
        string? beforeAnd = null;
        for (var words = 0; words < NounWindow; words++)
        {
            i = SkipSpaces(result, i);
            if (i >= text.Length || !char.IsAsciiLetter(text[i]))
            {
                break;
            }

            var wordEnd = WordEnd(result, i);
            var word = text.AsSpan(i, wordEnd - i);
            i = wordEnd;
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase))
            {
                if (last is null || beforeAnd is not null)
                {
                    break;
                }

                beforeAnd = last;
                continue;
            }

            if (IsStop(word) || ContainsDigit(word) || Cardinal(word) >= 0)
            {
                break;
            }

            if (IsPlural(word))
            {
                return word.ToString().ToLowerInvariant();
            }

            last = word.ToString().ToLowerInvariant();
        }

        return beforeAnd ?? last;
    }

    private static int AddOrdinal(ScanResult result, int start, int end, decimal value)
    {
        var text = result.Text;

        // 14th Five-Year Plan, 20th CPC National Congress: a name.
        var next = SkipSpaces(result, end);
        var word = WordAt(result, next, out var wordEnd);
        if (word.Equals("Five-Year", StringComparison.Ordinal) || word.Equals("CPC", StringComparison.Ordinal)
            || word.Equals("Party", StringComparison.Ordinal) || word.Equals("Plenary", StringComparison.Ordinal))
        {
            result.Add(start, end, value, 1, new Unit.Ordinal(), NumberForm.Mixed, role: QuantityRole.NamePart);
            return word.Equals("Five-Year", StringComparison.Ordinal) ? wordEnd : end;
        }

        result.Add(start, end, value, 1, new Unit.Ordinal(), NumberForm.Mixed);
        return end;
    }

    // April, 2020 / April 26, 2020 / April 2020.
    private static int ScanMonthFirstDate(ScanResult result, int start, int end, int month)
    {
        var text = result.Text;
        if (!char.IsUpper(text[start]))
        {
            return end;
        }

        var i = SkipSpaces(result, end);
        var day = 0;
        if (i < text.Length && DigitNumber.IsDigit(text[i]) && DigitNumber.TryRead(text, i, ref result.Steps, out var first, out var firstEnd)
            && first.IsPlain(first.IntegerDigits) && first.Value is >= 1 and <= 31 && first.IntegerDigits <= 2)
        {
            day = (int)first.Value;
            var afterDay = firstEnd;
            if (HasOrdinalSuffix(text, afterDay))
            {
                afterDay += 2;
            }

            i = afterDay;
            var yearStart = SkipSpaces(result, i < text.Length && text[i] == ',' ? i + 1 : i);
            if (TryYear(result, yearStart, out var year, out var yearEnd))
            {
                result.Add(start, yearEnd, (year * 10000) + (month * 100) + day, 1, new Unit.Date(), NumberForm.Mixed);
                return yearEnd;
            }

            result.Add(start, afterDay, (month * 100) + day, 1, new Unit.Date(), NumberForm.Mixed);
            return afterDay;
        }

        var commaYear = SkipSpaces(result, i < text.Length && text[i] == ',' ? i + 1 : i);
        if (TryYear(result, commaYear, out var onlyYear, out var onlyYearEnd))
        {
            result.Add(start, onlyYearEnd, (onlyYear * 10000) + (month * 100), 100, new Unit.Date(), NumberForm.Mixed);
            return onlyYearEnd;
        }

        // The end of June, as of this June, June this year: a month whose year the text leaves to the reader, read as
        // 4月 is (year 0). Only after a word that makes it a time, so that a name (June Li) or a modal (May we) is not.
        if (IntroducesMonth(WordBefore(text, start)) || FollowsWord(text, i, "this year") || FollowsWord(text, i, "last year"))
        {
            result.Add(start, end, month * 100, 100, new Unit.Date(), NumberForm.EnglishWords);
        }

        return end;
    }

    // The word that ends just before start, past blanks (at most one word back, so the look-behind is bounded).
    private static ReadOnlySpan<char> WordBefore(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] is ' ' or '\u00A0')
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && end - begin <= LongestWord && char.IsAsciiLetter(text[begin - 1]))
        {
            begin--;
        }

        return text.AsSpan(begin, end - begin);
    }

    private static int AddDate(ScanResult result, int start, int monthEnd, int month, int day)
    {
        var text = result.Text;
        var yearStart = SkipSpaces(result, monthEnd < text.Length && text[monthEnd] == ',' ? monthEnd + 1 : monthEnd);
        if (TryYear(result, yearStart, out var year, out var yearEnd))
        {
            result.Add(start, yearEnd, (year * 10000) + (month * 100) + day, 1, new Unit.Date(), NumberForm.Mixed);
            return yearEnd;
        }

        result.Add(start, monthEnd, (month * 100) + day, 1, new Unit.Date(), NumberForm.Mixed);
        return monthEnd;
    }

    private static bool TryYear(ScanResult result, int i, out int year, out int end)
    {
        var text = result.Text;
        year = 0;
        end = i;
        if (i < text.Length && DigitNumber.IsDigit(text[i]) && DigitNumber.TryRead(text, i, ref result.Steps, out var number, out end)
            && IsCalendarYear(number) && (end >= text.Length || !char.IsAsciiLetterOrDigit(text[end])))
        {
            year = (int)number.Value;
            return true;
        }

        return false;
    }

    // per 10,000 residents: the base of a rate. A count just before it in the clause takes it; otherwise the next
    // count of the clause does (the number of patents per 10,000 residents reached 53.54).
    private static int ScanRateBase(ScanResult result, int start, int end)
    {
        var text = result.Text;
        var i = SkipSpaces(result, end);
        if (i >= text.Length)
        {
            return end;
        }

        decimal per;
        int numberEnd;
        if (DigitNumber.IsDigit(text[i]))
        {
            if (!DigitNumber.TryRead(text, i, ref result.Steps, out var number, out numberEnd))
            {
                return numberEnd;
            }

            per = number.Value;
        }
        else
        {
            var wordEnd = WordEnd(result, i);
            var word = text.AsSpan(i, wordEnd - i);
            if (word.Equals("capita", StringComparison.OrdinalIgnoreCase))
            {
                per = 1;
                return AttachRate(result, start, wordEnd, per);
            }

            var cardinal = Cardinal(word);
            if (cardinal <= 0 && !word.Equals("a", StringComparison.OrdinalIgnoreCase))
            {
                return end;
            }

            per = Math.Max(cardinal, 1);
            numberEnd = wordEnd;
        }

        var scaleStart = SkipSpaces(result, numberEnd);
        var scaleWord = WordAt(result, scaleStart, out var scaleEnd);
        var scale = Scale(scaleWord);
        if (scale > 0)
        {
            per *= scale;
            numberEnd = scaleEnd;
        }

        var peopleStart = SkipSpaces(result, numberEnd);
        var people = WordAt(result, peopleStart, out var peopleEnd);
        ReadOnlySpan<string> bases = ["people", "residents", "persons", "inhabitants", "population", "population's"];
        foreach (var b in bases)
        {
            if (people.Equals(b, StringComparison.OrdinalIgnoreCase))
            {
                return AttachRate(result, start, peopleEnd, per);
            }
        }

        // Not a rate per people: let the number be read as usual.
        return i;
    }

    private static int AttachRate(ScanResult result, int start, int end, decimal per)
    {
        if (result.Count > 0 && result.Last is { Unit: Unit.Count count, Role: QuantityRole.Measure } last
            && last.Span.End - result.Offset <= start && start - (last.Span.End - result.Offset) <= 40 && result.LastInClause)
        {
            result.ReplaceLast(new Quantity(last.Value, last.Precision, new Unit.RatePer(per, count.Classifier, count.Noun), last.Text,
                last.Span, last.Form, last.Approximation, last.Direction, last.Role));
        }
        else
        {
            result.PendingRatePer = per;
        }

        return end;
    }

    private static Currency? SuffixCurrency(ScanResult result, ReadOnlySpan<char> word, int wordEnd, out int end)
    {
        var text = result.Text;
        end = wordEnd;
        if (word.Equals("yuan", StringComparison.OrdinalIgnoreCase) || word.Equals("RMB", StringComparison.Ordinal)
            || word.Equals("CNY", StringComparison.Ordinal) || word.Equals("renminbi", StringComparison.OrdinalIgnoreCase))
        {
            return Currency.Cny;
        }

        if (word.Equals("dollars", StringComparison.OrdinalIgnoreCase) || word.Equals("USD", StringComparison.Ordinal))
        {
            return Currency.Usd;
        }

        if (ForeignCurrencyWord(word) is { } foreign)
        {
            return foreign;
        }

        if (word.Equals("Hong", StringComparison.Ordinal) && FollowsWord(text, SkipSpaces(result, wordEnd), "Kong")
            && FollowsWord(text, SkipSpaces(result, SkipSpaces(result, wordEnd) + 5), "dollars"))
        {
            end = SkipSpaces(result, SkipSpaces(result, wordEnd) + 5) + "dollars".Length;
            return Currency.Hkd;
        }

        if (word.Equals("US", StringComparison.Ordinal) && FollowsWord(text, SkipSpaces(result, wordEnd), "dollars"))
        {
            end = SkipSpaces(result, wordEnd) + "dollars".Length;
            return Currency.Usd;
        }

        return null;
    }

    // A clock reading from its hour: hh:mm with an optional a.m. or p.m., or an hour with a.m., p.m. or o'clock.
    private static int? TryScanClock(ScanResult result, int start, int hour, int end)
    {
        var text = result.Text;
        var minutes = 0;
        var i = end;
        var colon = false;
        if (i + 2 < text.Length && text[i] == ':' && DigitNumber.IsDigit(text[i + 1]) && DigitNumber.IsDigit(text[i + 2])
            && (i + 3 >= text.Length || !DigitNumber.IsDigit(text[i + 3])) && (text[i + 3 < text.Length ? i + 3 : i] is not '.' || i + 4 >= text.Length || !DigitNumber.IsDigit(text[i + 4])))
        {
            minutes = ((text[i + 1] - '0') * 10) + (text[i + 2] - '0');
            if (minutes >= 60)
            {
                return null;
            }

            i += 3;
            colon = true;
        }

        var j = i < text.Length && text[i] == ' ' ? i + 1 : i;
        bool? afternoon = null;
        var markerEnd = j;
        if (StartsWithWord(text, j, "a.m.") || StartsWithWord(text, j, "am") || StartsWithWord(text, j, "a.m"))
        {
            afternoon = false;
        }
        else if (StartsWithWord(text, j, "p.m.") || StartsWithWord(text, j, "pm") || StartsWithWord(text, j, "p.m"))
        {
            afternoon = true;
        }

        if (afternoon is not null)
        {
            // "am", "AM", "a.m", "P.M.": the marker's "m" ends it, and a last dot followed by a space is its own.
            var dotted = text[j + 1] == '.';
            markerEnd = j + (dotted ? 3 : 2);
            markerEnd = dotted && markerEnd < text.Length && text[markerEnd] == '.' && (markerEnd + 1 >= text.Length || text[markerEnd + 1] == ' ') ? markerEnd + 1 : markerEnd;
        }
        else if (StartsWithWord(text, j, "o'clock") || StartsWithWord(text, j, "o’clock"))
        {
            markerEnd = j + 7;
        }
        else if (!colon)
        {
            return null;
        }
        else
        {
            markerEnd = i;
        }

        if (afternoon == true && hour < 12)
        {
            hour += 12;
        }
        else if (afternoon == false && hour == 12)
        {
            hour = 0;
        }

        var halfDay = afternoon is not null || hour is 0 or > 12 || (colon && text.AsSpan(end, i - end).Length > 0 && hour >= 10);
        result.Add(start, markerEnd, (hour * 100) + minutes, 1, new Unit.TimeOfDay(halfDay), NumberForm.Digits, QualifierBefore(text, start));
        return markerEnd;
    }

    private static decimal? GluedScale(ReadOnlySpan<char> suffix) => suffix switch
    {
        // Capitals are names rather (4K, 3M, 5G).
        "k" => 1_000m,
        "mn" => 1_000_000m,
        "m" => 0m, // metres or millions: told by the currency before it
        "bn" => 1_000_000_000m,
        "tn" or "trn" => 1_000_000_000_000m,
        "million" => 1_000_000m, // £11million
        "billion" => 1_000_000_000m,
        _ => null,
    };

    private static int ScanAfterGluedScale(ScanResult result, int start, int end, DigitNumber number, decimal scale)
    {
        var text = result.Text;
        var from = CurrencyPrefixStart(text, start, out var currency);
        if (scale == 0)
        {
            // 1500m, 16m: metres, unless money stands before (£125m).
            if (currency is null)
            {
                result.Add(start, end, number.Value, number.Precision, new Unit.Count(Noun: "m"), NumberForm.Digits, QualifierBefore(text, start));
                return end;
            }

            scale = 1_000_000m;
        }

        var unitEnd = end;
        if (currency is null)
        {
            var next = SkipSpaces(result, end);
            var wordEnd = WordEnd(result, next);
            if (wordEnd > next)
            {
                currency = SuffixCurrency(result, text.AsSpan(next, wordEnd - next), wordEnd, out var currencyEnd);
                unitEnd = currency is null ? end : currencyEnd;
            }
        }

        Unit unit = currency is { } c ? new Unit.Money(c) : new Unit.Count();
        result.Add(from, unitEnd, number.Value * scale, number.Precision * scale, unit, NumberForm.Mixed, QualifierBefore(text, from));
        return unitEnd;
    }

    // The letters before a hyphen look like a code (COVID, CoV, F, MH, Su), not a word ("Universities-10,000").
    private static bool IsNameCode(string text, int hyphen)
    {
        var from = hyphen;
        while (from > 0 && char.IsAsciiLetter(text[from - 1]) && hyphen - from < 9)
        {
            from--;
        }

        var code = text.AsSpan(from, hyphen - from);
        if (code.Length is 0 or > 8 || !char.IsAsciiLetterUpper(code[0]))
        {
            return false;
        }

        var capitals = 0;
        foreach (var c in code)
        {
            capitals += char.IsAsciiLetterUpper(c) ? 1 : 0;
        }

        return code.Length <= 3 || capitals >= 2;
    }

    private static bool IsCurrencyCode(ReadOnlySpan<char> code) =>
        code is "RMB" or "CNY" or "USD" or "HKD" or "EUR" or "GBP" or "JPY" or "KRW" or "MOP" or "TWD";

    private static bool StartsWithWord(string text, int i, string word) =>
        i + word.Length <= text.Length && text.AsSpan(i, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
        && (i + word.Length == text.Length || !char.IsAsciiLetter(text[i + word.Length]) || word[^1] == '.');

    // 5 million euros, 300 yen, 2 billion won, 10 pounds, HKD 5: currencies named after the number.
    private static Currency? ForeignCurrencyWord(ReadOnlySpan<char> word)
    {
        foreach (var (name, c) in (ReadOnlySpan<(string, Currency)>)[("euros", Currency.Eur), ("euro", Currency.Eur), ("EUR", Currency.Eur),
                     ("GBP", Currency.Gbp), ("yen", Currency.Jpy), ("JPY", Currency.Jpy), ("won", Currency.Krw),
                     ("KRW", Currency.Krw), ("HKD", Currency.Hkd), ("patacas", Currency.Mop), ("MOP", Currency.Mop), ("TWD", Currency.Twd)])
        {
            if (word.Equals(name, name.Length == 3 && char.IsUpper(name[0]) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
            {
                return c;
            }
        }

        return null;
    }

    // US$9.6 billion, $5, RMB 3 million, ¥100: the start of the currency before the number.
    private static int CurrencyPrefixStart(string text, int start, out Currency? currency)
    {
        currency = null;
        var before = text.AsSpan(0, start);
        if (before.EndsWith("US$", StringComparison.Ordinal))
        {
            currency = Currency.Usd;
            return start - 3;
        }

        // HK$5 million, HK $28.5 billion, NT$300, MOP$10.
        foreach (var (prefix, c) in (ReadOnlySpan<(string, Currency)>)[("HK$", Currency.Hkd), ("HK $", Currency.Hkd), ("NT$", Currency.Twd), ("MOP$", Currency.Mop)])
        {
            if (before.EndsWith(prefix, StringComparison.Ordinal))
            {
                currency = c;
                return start - prefix.Length;
            }
        }

        if (before.EndsWith("€", StringComparison.Ordinal) || before.EndsWith("£", StringComparison.Ordinal))
        {
            currency = before[^1] == '€' ? Currency.Eur : Currency.Gbp;
            return start - 1;
        }

        if (before.EndsWith("$", StringComparison.Ordinal))
        {
            currency = Currency.Usd;
            return start - 1;
        }

        if (before.EndsWith("¥", StringComparison.Ordinal) || before.EndsWith("￥", StringComparison.Ordinal))
        {
            currency = Currency.Cny;
            return start - 1;
        }

        var trimmed = before.TrimEnd(' ');
        foreach (var (code, c) in (ReadOnlySpan<(string, Currency)>)[("RMB", Currency.Cny), ("CNY", Currency.Cny), ("USD", Currency.Usd),
                     ("HKD", Currency.Hkd), ("EUR", Currency.Eur), ("GBP", Currency.Gbp), ("JPY", Currency.Jpy), ("KRW", Currency.Krw),
                     ("MOP", Currency.Mop), ("TWD", Currency.Twd)])
        {
            if (trimmed.EndsWith(code, StringComparison.Ordinal) && (trimmed.Length == 3 || !char.IsAsciiLetter(trimmed[^4])))
            {
                currency = c;
                return trimmed.Length - 3;
            }
        }

        return start;
    }

    // A bare four-digit year unless what follows makes it an amount (2019 cases, 2019%, 2019 million).
    private static bool StartsCountOrAmount(ScanResult result, int end)
    {
        var text = result.Text;
        if (end < text.Length && text[end] is '%' or '％')
        {
            return true;
        }

        var next = SkipSpaces(result, end);
        if (next < text.Length && text[next] is '%' or '％')
        {
            return true;
        }

        if (next >= text.Length || !char.IsAsciiLetter(text[next]))
        {
            return false;
        }

        var wordEnd = next;
        while (wordEnd < text.Length && char.IsAsciiLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        var word = text.AsSpan(next, wordEnd - next);
        return char.IsLower(word[0]) && ((IsPlural(word) && !IsStop(word)) || Scale(word) > 0 || word.Equals("percent", StringComparison.OrdinalIgnoreCase)
            || word.Equals("yuan", StringComparison.OrdinalIgnoreCase) || word.Equals("times", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsCalendarYear(DigitNumber number) => number.IsPlain(4) && number.Value is >= 1900 and <= 2100;

    // "from 2016 to 2019" and "between 2016 and 2019" are ranges; "in 2019 and 2020" are two years.
    private static bool IsRangeIntroduced(string text, int start, bool to)
    {
        var before = text.AsSpan(0, start).TrimEnd(' ');
        return to ? before.EndsWith("from", StringComparison.OrdinalIgnoreCase) : before.EndsWith("between", StringComparison.OrdinalIgnoreCase);
    }

    // 1. or (1) opening a sentence, or (1) anywhere: a list marker.
    private static bool IsListMarker(string text, int start, int end)
    {
        if (end >= text.Length)
        {
            return false;
        }

        var before = start > 0 ? text[start - 1] : '\0';
        if (before is '(' or '（' && text[end] is ')' or '）' && end - start <= 2)
        {
            return true;
        }

        var k = start - 1;
        while (k >= 0 && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        return k < 0 && end - start <= 3 && (text[end] == ')' || (text[end] == '.' && (end + 1 == text.Length || text[end + 1] == ' ')));
    }

    private static bool IsSentenceStart(string text, int start)
    {
        var k = start - 1;
        while (k >= 0 && (char.IsWhiteSpace(text[k]) || text[k] is '"' or '“' or '\'' or '‘' or '('))
        {
            k--;
        }

        return k < 0 || text[k] is '.' or '!' or '?' or ':' or ';';
    }

    private static bool NextWordIsCapitalized(ScanResult result, int end)
    {
        var text = result.Text;
        var next = SkipSpaces(result, end);
        return next < text.Length && char.IsUpper(text[next]);
    }

    private static bool IsPrecededByArticle(string text, int start) => ArticleStart(text, start) >= 0;

    // The start of "a " or "one " just before start, or -1.
    private static int ArticleStart(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd(' ');
        foreach (var article in (ReadOnlySpan<string>)["a", "one"])
        {
            if (before.EndsWith(article, StringComparison.OrdinalIgnoreCase)
                && (before.Length == article.Length || !char.IsAsciiLetter(before[before.Length - article.Length - 1])))
            {
                return before.Length - article.Length;
            }
        }

        return -1;
    }

    private static bool FollowsWord(string text, int i, string word) =>
        i <= text.Length && text.AsSpan(i).StartsWith(word, StringComparison.OrdinalIgnoreCase)
        && (i + word.Length == text.Length || !char.IsAsciiLetter(text[i + word.Length]));

    // year, year's.
    private static bool IsYearWord(ReadOnlySpan<char> word) =>
        word.Equals("year", StringComparison.OrdinalIgnoreCase) || word.Equals("year's", StringComparison.OrdinalIgnoreCase) || word.Equals("year’s", StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> WordAt(ScanResult result, int i, out int end)
    {
        var text = result.Text;
        if (i >= text.Length || !char.IsAsciiLetter(text[i]))
        {
            end = i;
            return [];
        }

        end = WordEnd(result, i);
        return text.AsSpan(i, end - i);
    }

    // A word: letters and digits, with inner hyphens and apostrophes (twenty-two, year-on-year, Congress's).
    private static int WordEnd(ScanResult result, int i)
    {
        var text = result.Text;
        while (i < text.Length)
        {
            result.Steps++;
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                i++;
            }
            else if (c is '-' or '\'' or '’' && i + 1 < text.Length && char.IsAsciiLetter(text[i + 1]) && i > 0 && char.IsAsciiLetterOrDigit(text[i - 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    // page 12, p. 12, pp. 12-14: page references are not quantities.
    private static int SkipPageNumber(ScanResult result, int end)
    {
        var text = result.Text;
        var i = end < text.Length && text[end] == '.' ? end + 1 : end;
        i = SkipSpaces(result, i);
        if (i >= text.Length || !DigitNumber.IsDigit(text[i]))
        {
            return end;
        }

        while (i < text.Length && (DigitNumber.IsDigit(text[i]) || text[i] is '-' or '–'))
        {
            i++;
        }

        return i;
    }

    private static bool HasOrdinalSuffix(string text, int i)
    {
        var suffix = text.AsSpan(i, Math.Min(2, text.Length - i));
        return suffix is "st" or "nd" or "rd" or "th" && (i + 2 == text.Length || !char.IsAsciiLetter(text[i + 2]));
    }

    private static bool ContainsDigit(ReadOnlySpan<char> word) => word.IndexOfAnyInRange('0', '9') >= 0;

    private static int SkipSpaces(ScanResult result, int i)
    {
        var text = result.Text;
        while (i < text.Length && text[i] is ' ' or '\u00A0')
        {
            result.Steps++;
            i++;
        }

        return i;
    }
}
