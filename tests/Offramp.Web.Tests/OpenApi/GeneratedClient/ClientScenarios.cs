// Compiled by GeneratedClientTests together with the client NSwag generates from the live OpenAPI document, not by the
// test project: every name used here (OfframpClient, GetParticipantAsync, UpdateParticipantDetailsCommand, ApiException)
// exists only if the document describes the operation, its operationId, its If-Match header and its problem answers.
using System;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;

namespace Offramp.GeneratedClient
{
    /// <summary>
    /// NSwag marks single enum properties as strings but not lists of enums (e.g. nextStages); the API writes every enum
    /// by name, so the client reads them all by name. This is the generated client's own customisation hook.
    /// </summary>
    public partial class OfframpClient
    {
        static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => settings.Converters.Add(new JsonStringEnumConverter());
    }
}

namespace Offramp.GeneratedClient.Scenarios
{
    public static class ClientScenarios
    {
        /// <summary>Reads a participant; returns its id and pseudonymous code as the typed record carries them.</summary>
        public static async Task<string> ReadParticipantAsync(HttpClient http, Guid participantId)
        {
            var record = await new OfframpClient(http).GetParticipantAsync(participantId);
            return $"{record.Id} {record.Code}";
        }

        /// <summary>The status of reading a participant: 200, or the status and title of the problem the client raises.</summary>
        public static async Task<string> StatusOfReadingAsync(HttpClient http, Guid participantId)
        {
            try
            {
                await new OfframpClient(http).GetParticipantAsync(participantId);
                return "200";
            }
            catch (ApiException<ProblemDetails> problem)
            {
                return $"{problem.StatusCode} {problem.Result.Title}";
            }
        }

        /// <summary>
        /// Gives the participant a new given name, keeping everything else as read, with If-Match <paramref name="ifMatch"/>;
        /// returns 204, or the status and title of the problem the client raises.
        /// </summary>
        public static async Task<string> RenameAsync(HttpClient http, Guid participantId, string ifMatch, string givenName)
        {
            var client = new OfframpClient(http);
            var record = await client.GetParticipantAsync(participantId);
            var command = new UpdateParticipantDetailsCommand
            {
                Identity = new ParticipantIdentity { GivenName = givenName, FamilyName = record.Identity.FamilyName },
                Gender = record.Gender,
                YearOfBirth = record.YearOfBirth,
                SiteId = record.SiteId,
            };
            try
            {
                await client.UpdateParticipantDetailsAsync(participantId, ifMatch, command);
                return "204";
            }
            catch (ApiException<ProblemDetails> problem)
            {
                return $"{problem.StatusCode} {problem.Result.Title}";
            }
        }
    }
}
