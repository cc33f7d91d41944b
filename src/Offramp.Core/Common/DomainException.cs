namespace Offramp.Core.Common;

/// <summary>
/// A request that breaks a business rule. The web layer turns it into a 422 ProblemDetails with field errors in English;
/// a form words each field's message in the reader's language from <see cref="FieldWordings"/>.
/// </summary>
public class DomainException : Exception
{
    private readonly Dictionary<string, Phrase[]> fieldWordings = [];

    public DomainException(string message, string? field = null)
        : base(message)
    {
        if (field is not null)
        {
            fieldWordings[field] = [Phrase.Of(message)];
        }
    }

    /// <summary>A rule broken, worded as a phrase so a form can show it in the reader's language (the message is its English).</summary>
    public DomainException(Phrase message, string? field = null)
        : this(message.ToString(), field)
    {
        Wording = message;
        if (field is not null)
        {
            fieldWordings[field] = [message];
        }
    }

    /// <summary>Fixed English messages by field (a library's, or ones a page filter translates by their text).</summary>
    public DomainException(IDictionary<string, string[]> fieldErrors, string message = "The request has invalid values.")
        : this(fieldErrors.ToDictionary(f => f.Key, f => f.Value.Select(Phrase.Of).ToArray()), message)
    {
    }

    /// <summary>Messages by field, each a phrase the reader's language words (values included).</summary>
    public DomainException(IDictionary<string, Phrase[]> fieldWordings, string message = "The request has invalid values.")
        : base(message)
    {
        foreach (var (field, phrases) in fieldWordings)
        {
            this.fieldWordings[field] = phrases;
        }
    }

    /// <summary>Each field's messages in English: what the API and the command line show.</summary>
    public Dictionary<string, string[]> FieldErrors => fieldWordings.ToDictionary(f => f.Key, f => f.Value.Select(p => p.ToString()).ToArray());

    /// <summary>Each field's messages as phrases, for a form to word in the reader's language.</summary>
    public IReadOnlyDictionary<string, Phrase[]> FieldWordings => fieldWordings;

    /// <summary>The message as a phrase, when it was given as one: the reader's language words it.</summary>
    public Phrase? Wording { get; }

    /// <summary>The same refusal with its fields renamed, as a form that numbers its rows differently from the command puts them back.</summary>
    public DomainException WithFieldsRenamed(Func<string, string> rename) =>
        new(fieldWordings.ToDictionary(f => rename(f.Key), f => f.Value), Message);
}

/// <summary>Record absent or outside the caller's scope: both answer 404, so nobody learns which.</summary>
public sealed class NotFoundException() : Exception("The record was not found.");

/// <summary>The caller's copy is out of date; answered with 412 so edits are never silently overwritten.</summary>
public sealed class ConcurrencyException() : Exception("The record was changed by someone else. Reload it and apply your change again.");

/// <summary>The action conflicts with the record's state (e.g. consent withdrawn); answered with 409.</summary>
public sealed class ConflictException(string message) : Exception(message)
{
    public ConflictException(Phrase message)
        : this(message.ToString()) => Wording = message;

    /// <summary>The message as a phrase, when it was given as one: the reader's language words it.</summary>
    public Phrase? Wording { get; }
}

/// <summary>The caller can see the record but their role may not perform this action; answered with 403.</summary>
public sealed class ForbiddenException(string message) : Exception(message)
{
    public ForbiddenException(Phrase message)
        : this(message.ToString()) => Wording = message;

    /// <summary>The message as a phrase, when it was given as one: the reader's language words it.</summary>
    public Phrase? Wording { get; }
}
