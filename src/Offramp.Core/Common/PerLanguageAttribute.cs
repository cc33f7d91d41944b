namespace Offramp.Core.Common;

/// <summary>
/// A text that a file or an API body may give per language, as a map {"en": ..., "fr": ..., "ar": ...} where a plain
/// English string would do (see <see cref="TranslatableText"/>). The property itself holds the English; the mark
/// lets the API document say what the body accepts.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PerLanguageAttribute : Attribute;
