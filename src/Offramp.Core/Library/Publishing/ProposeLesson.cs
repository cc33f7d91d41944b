using Offramp.Core.Common;
using Offramp.Core.Evaluation;
using Offramp.Core.Library.Content;

namespace Offramp.Core.Library.Publishing;

/// <summary>A program's director or evaluator proposes a lesson learned; a second person releases it like a profile.</summary>
public sealed class ProposeLesson(EvaluationAccess access, LibraryDrafts drafts)
{
    public async Task<Guid> ExecuteAsync(Guid programId, PracticeLesson lesson, CancellationToken ct = default) =>
        await ProposeAsync(await access.ForCallerAsync(programId, ct), lesson, ct);

    /// <summary>For the demo, seeded when no one is signed in.</summary>
    public async Task<Guid> ForOperatorAsync(string programName, PracticeLesson lesson, CancellationToken ct = default) =>
        await ProposeAsync(await access.ForOperatorAsync(programName, ct), lesson, ct);

    private async Task<Guid> ProposeAsync(EvaluatedProgram program, PracticeLesson lesson, CancellationToken ct)
    {
        CommandValidation.Ensure(lesson.Tidied());
        return await drafts.ProposeAsync(program, LibraryKinds.Lesson, 1, lesson.Title, null, lesson, ct);
    }
}
