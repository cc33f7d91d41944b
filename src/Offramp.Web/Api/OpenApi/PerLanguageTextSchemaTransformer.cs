using System.Reflection;

using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

using Offramp.Core.Common;

namespace Offramp.Web.Api.OpenApi;

/// <summary>
/// A text marked <see cref="PerLanguageAttribute"/> is a string in English or a map of language to text with English
/// required; the generator sees only the string the body is read into, so this states both forms, as the schema file does.
/// </summary>
internal sealed class PerLanguageTextSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo?.AttributeProvider is ICustomAttributeProvider property && property.IsDefined(typeof(PerLanguageAttribute), false))
        {
            // An optional text stays optional: null, as a client's serializer writes one it has no value for, means not given.
            var nullable = schema.Type is { } type && type.HasFlag(JsonSchemaType.Null);
            var text = new OpenApiSchema { Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String, MaxLength = schema.MaxLength };
            var map = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "The text per language; English is required, a language left out shows the English.",
                Required = new HashSet<string> { TranslatableText.Source },
                AdditionalPropertiesAllowed = false,
                Properties = TranslatableText.Languages.ToDictionary(
                    language => language,
                    language => (IOpenApiSchema)new OpenApiSchema { Type = JsonSchemaType.String, MinLength = language == TranslatableText.Source ? 1 : null, MaxLength = schema.MaxLength }),
            };
            schema.OneOf = [text, map];
            schema.Type = null;
            schema.MaxLength = null;
        }

        return Task.CompletedTask;
    }
}
