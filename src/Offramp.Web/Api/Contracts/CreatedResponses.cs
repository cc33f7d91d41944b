namespace Offramp.Web.Api.Contracts;

// Bodies of 201 Created and of writes that answer 200, named so the OpenAPI document gives clients a type rather than an
// anonymous shape. Their JSON is what the anonymous objects before them wrote: { "id": ... } and the like.

/// <summary>The id of the record a write created.</summary>
public sealed record CreatedId(Guid Id);

/// <summary>The ids of the records a write created (e.g. a follow-up schedule).</summary>
public sealed record CreatedIds(IReadOnlyList<Guid> Ids);

/// <summary>A registered referral: the participant's id and the pseudonymous code staff use instead of the name.</summary>
public sealed record RegisteredParticipant(Guid Id, string Code);

/// <summary>An imported instrument draft and its version number.</summary>
public sealed record ImportedInstrument(Guid Id, int Version);

/// <summary>A new revision of the case formulation.</summary>
public sealed record NewFormulationRevision(Guid Id, int Revision);

/// <summary>How many shipped templates were loaded.</summary>
public sealed record ShippedTemplatesLoaded(int Loaded);

/// <summary>The role assignment an approved role request made.</summary>
public sealed record ApprovedRoleRequest(Guid AssignmentId);

/// <summary>A transfer decision: the participant's id in the receiving program when accepted, null when declined.</summary>
public sealed record TransferDecided(Guid? ReceivedParticipantId);

/// <summary>An imported codebook draft and its version number.</summary>
public sealed record ImportedCodebook(Guid Id, int Version);
