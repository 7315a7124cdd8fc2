using System.Text.Json;

namespace Extract.Tests.Reporting;

/// <summary>Validates JSON against the part of JSON Schema (draft 2020-12) that <c>report.schema.json</c> uses:
/// <c>type</c> (a name or an array of names, so <c>["object", "null"]</c> for a nullable object), <c>required</c>,
/// <c>properties</c>, <c>additionalProperties</c> (false or a schema), <c>enum</c>, <c>items</c>, <c>minimum</c> and
/// <c>$ref</c> to <c>#/$defs/...</c>. Any other keyword fails loudly rather than being ignored, so the schema cannot
/// grow a rule this validator silently skips.</summary>
internal sealed class JsonSchemaSubset
{
    private static readonly HashSet<string> Annotations = ["$schema", "$defs", "title", "description"];
    private static readonly HashSet<string> Keywords = ["type", "required", "properties", "additionalProperties", "enum", "items", "minimum", "$ref"];

    private readonly JsonElement _root;

    public JsonSchemaSubset(JsonElement root)
    {
        _root = root;
    }

    /// <summary>Every violation, each as "path: problem"; empty when the instance is valid.</summary>
    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Validate(_root, instance, "$", errors);
        return errors;
    }

    private void Validate(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Keywords.Contains(keyword.Name) && !Annotations.Contains(keyword.Name))
            {
                throw new NotSupportedException($"The schema uses \"{keyword.Name}\", which this validator does not implement.");
            }
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Validate(Resolve(reference.GetString()!), instance, path, errors);
        }

        if (schema.TryGetProperty("type", out var type) && !HasType(instance, type))
        {
            errors.Add($"{path}: expected {type.GetRawText()}, found {instance.ValueKind}");
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, instance)))
        {
            errors.Add($"{path}: {instance.GetRawText()} is not one of {allowed.GetRawText()}");
        }

        if (schema.TryGetProperty("minimum", out var minimum) && instance.ValueKind == JsonValueKind.Number && instance.GetDecimal() < minimum.GetDecimal())
        {
            errors.Add($"{path}: {instance.GetRawText()} is below {minimum.GetRawText()}");
        }

        if (instance.ValueKind == JsonValueKind.Object)
        {
            ValidateObject(schema, instance, path, errors);
        }

        if (instance.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in instance.EnumerateArray())
            {
                Validate(items, item, $"{path}[{index++}]", errors);
            }
        }
    }

    private void ValidateObject(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(n => n.GetString()!))
            {
                if (!instance.TryGetProperty(name, out _))
                {
                    errors.Add($"{path}: lacks the required property \"{name}\"");
                }
            }
        }

        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var property in instance.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Validate(propertySchema, property.Value, $"{path}.{property.Name}", errors);
            }
            else if (additional.ValueKind == JsonValueKind.False)
            {
                errors.Add($"{path}: has the property \"{property.Name}\", which the schema does not allow");
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                Validate(additional, property.Value, $"{path}.{property.Name}", errors);
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        const string Prefix = "#/$defs/";
        if (!reference.StartsWith(Prefix, StringComparison.Ordinal) || !_root.GetProperty("$defs").TryGetProperty(reference[Prefix.Length..], out var target))
        {
            throw new NotSupportedException($"Cannot resolve \"{reference}\": only #/$defs/name is implemented.");
        }

        return target;
    }

    private static bool HasType(JsonElement instance, JsonElement type) =>
        type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(t => HasType(instance, t.GetString()!))
            : HasType(instance, type.GetString()!);

    private static bool HasType(JsonElement instance, string type) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && instance.TryGetDecimal(out var d) && d == decimal.Truncate(d),
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException($"Unknown type \"{type}\"."),
    };
}
