#!/usr/bin/env bash
# Creates a lean synthetic evaluation dataset in a fresh SQLite database: N participants of one program with a
# referral, a stage history for completers, a release for most, and outcomes (reconvictions, re-arrests, employment,
# deaths), plus three success metrics. Rows are generated inside SQLite by recursive CTEs: the demo seeder writes
# whole cases (~100k participants a minute), far too slow for a million.
# Gender depends on the group but overlaps: 30% of completers (n % 10 < 6) are women against 10% of the others, decided
# by n / 10 so it is independent of the group digit. The groups then differ on a covariate without being separated by
# it, so the adjusted Cox model and the propensity-weighted comparison both run (with gender as n % 5 every woman was a
# completer and the weighting was refused). Completers are also reconvicted a quarter less often, so the group has an
# effect to estimate: with none, the weighted hazard ratio is 1 and the refusal of infinite coefficients (R's toler.inf
# test, relative to |beta|) misfired on a million rows (CoxRegression now bounds the step by 1 + |beta|, as R's
# agreg.fit does; see tests/Offramp.Statistics.Tests/Regression/CoxNullEffectTests.cs).
# Usage: bench/evaluation/seed.sh CLI_DLL DB_PATH N
set -euo pipefail
cli="$1"; db="$2"; n="$3"
export OFFRAMP_DB="$db"
dotnet "$cli" db migrate >/dev/null
dotnet "$cli" admin create-org --name "Bench Organisation" >/dev/null
dotnet "$cli" admin create-program --org "Bench Organisation" --name "Bench Program" --kind Prison --aims Rehabilitation,Reintegration >/dev/null
org=$(sqlite3 "$db" "SELECT Id FROM Organisations WHERE Name = 'Bench Organisation'")
program=$(sqlite3 "$db" "SELECT Id FROM Programs WHERE Name = 'Bench Program'")
user="00000000-0000-4000-8000-000000000001"

sqlite3 -bail "$db" <<SQL
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
BEGIN;
CREATE TEMP TABLE seq AS WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < $n) SELECT n FROM s;
CREATE TEMP TABLE people AS
  SELECT n,
         printf('%08X-0000-4000-8000-%012X', n, n) AS id,
         date('2012-01-01', '+' || (n % 3650) || ' days') AS referred,
         date('2012-01-01', '+' || ((n % 3650) + 200 + (n % 400)) || ' days') AS released
  FROM seq;
INSERT INTO Participants (Id, OrganisationId, ProgramId, Code, Stage, Gender, YearOfBirth, CreatedAt, CreatedByUserId, ConsentWithdrawn, EvaluationConsent, Version)
  SELECT id, '$org', '$program', printf('BENCH%09d', n),
         CASE WHEN n % 10 < 6 THEN 'FollowUp' WHEN n % 10 < 8 THEN 'Withdrawn' WHEN n % 10 < 9 THEN 'Intervention' ELSE 'Closed' END,
         CASE WHEN (n / 10) % 10 < (CASE WHEN n % 10 < 6 THEN 3 ELSE 1 END) THEN 'Female' WHEN n % 97 = 0 THEN 'Other' ELSE 'Male' END,
         1955 + (n % 45), 0, '$user', 0, CASE WHEN n % 50 = 0 THEN 0 ELSE 1 END, 1
  FROM people;
INSERT INTO Referrals (Id, ParticipantId, Source, ReferredOn, Referrer, Screening, RecordedByUserId, Version)
  SELECT printf('%08X-0001-4000-8000-%012X', n, n), id,
         CASE n % 6 WHEN 0 THEN 'SecurityStaff' WHEN 1 THEN 'Court' WHEN 2 THEN 'Probation' WHEN 3 THEN 'Family' WHEN 4 THEN 'Community' ELSE 'Self' END,
         referred, 'bench', 'Accepted', '$user', 1
  FROM people;
INSERT INTO StageChanges (Id, ParticipantId, ToStage, EffectiveOn, Reason, ChangedByUserId, RecordedAt, Version)
  SELECT printf('%08X-0002-4000-8000-%012X', n, n), id, 'FollowUp', released, 'bench', '$user', 0, 1 FROM people WHERE n % 10 < 6;
INSERT INTO JusticeEvents (Id, ParticipantId, Kind, OccurredOn, RecordedByUserId, Version)
  SELECT printf('%08X-0003-4000-8000-%012X', n, n), id, 'ActualRelease', released, '$user', 1 FROM people WHERE n % 10 < 8;
INSERT INTO Outcomes (Id, ParticipantId, Type, OccurredOn, Source, Confidence, RecordedByUserId, RecordedAt, Version)
  SELECT printf('%08X-0004-4000-8000-%012X', n, n), id, CASE WHEN n % 3 = 0 THEN 'ReconvictionOtherViolent' ELSE 'ReconvictionOther' END,
         date(released, '+' || ((n * 37) % 1500) || ' days'), 'Court', 'ConfirmedByRecord', '$user', 0, 1 FROM people WHERE n % 7 = 0 AND NOT (n % 10 < 6 AND (n / 10) % 4 = 0);
INSERT INTO Outcomes (Id, ParticipantId, Type, OccurredOn, Source, Confidence, RecordedByUserId, RecordedAt, Version)
  SELECT printf('%08X-0005-4000-8000-%012X', n, n), id, 'ReArrest', date(released, '+' || ((n * 13) % 900) || ' days'), 'Police', 'Reported', '$user', 0, 1 FROM people WHERE n % 11 = 0;
INSERT INTO Outcomes (Id, ParticipantId, Type, OccurredOn, Source, Confidence, RecordedByUserId, RecordedAt, Version)
  SELECT printf('%08X-0006-4000-8000-%012X', n, n), id, 'Employment', date(released, '+' || (60 + (n % 500)) || ' days'), 'Participant', 'Reported', '$user', 0, 1 FROM people WHERE n % 3 = 0;
INSERT INTO Outcomes (Id, ParticipantId, Type, OccurredOn, Source, Confidence, RecordedByUserId, RecordedAt, Version)
  SELECT printf('%08X-0007-4000-8000-%012X', n, n), id, 'Death', date(released, '+' || (300 + (n % 900)) || ' days'), 'OfficialRecord', 'ConfirmedByRecord', '$user', 0, 1 FROM people WHERE n % 97 = 0;
INSERT INTO EvaluationMetrics (Id, OrganisationId, ProgramId, Name, NameTranslations, Kind, OutcomeTypes, Anchor, HorizonMonths, ComponentMetricIds, DefinedAt, Version) VALUES
  ('00000000-0000-4000-9000-000000000001', '$org', '$program', 'No terrorist or violent reconviction within 24 months of release', '{}', 'NoAdverseOutcome', 'ReconvictionTerrorism,ReconvictionOtherViolent', 'Release', 24, '', 0, 1),
  ('00000000-0000-4000-9000-000000000002', '$org', '$program', 'No re-arrest or reconviction within 12 months of release', '{}', 'NoAdverseOutcome', 'ReArrest,ReconvictionTerrorism,ReconvictionOtherViolent,ReconvictionOther', 'Release', 12, '', 0, 1),
  ('00000000-0000-4000-9000-000000000003', '$org', '$program', 'Employed at 12 months', '{}', 'PositiveOutcome', 'Employment', 'Release', 12, '', 0, 1);
COMMIT;
ANALYZE;
SQL
