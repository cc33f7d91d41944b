namespace Offramp.Core.Common;

/// <summary>A request that breaks a business rule. The web layer turns it into a 422 ProblemDetails with field errors.</summary>
public class DomainException : Exception
{
    public DomainException(string message, string? field = null)
        : base(message)
    {
        if (field is not null)
        {
            FieldErrors[field] = [message];
        }
    }

    public DomainException(IDictionary<string, string[]> fieldErrors, string message = "The request has invalid values.")
        : base(message)
    {
        foreach (var (k, v) in fieldErrors)
        {
            FieldErrors[k] = v;
        }
    }

    /// <summary>A rule broken, worded as a phrase so a form can show it in the reader's language (the message is its English).</summary>
    public DomainException(Phrase message, string? field = null)
        : this(message.ToString(), field) => Wording = message;

    public Dictionary<string, string[]> FieldErrors { get; } = [];

    /// <summary>The message as a phrase, when it was given as one: the reader's language words it.</summary>
    public Phrase? Wording { get; }
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
